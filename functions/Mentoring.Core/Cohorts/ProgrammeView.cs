using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Cohorts;

/// <summary>Use case: the coordinator's programme view of a cohort (issue 23 item 7): objectives written, median T-score at the
/// start and now, pulses answered, circles ended as agreed or left early; figures about five people or more only.</summary>
/// <remarks>
/// <para>Who may read it is the cohort's own rule (<see cref="CohortActions"/>: its coordinators; another's cohort is 404, a
/// non-coordinator 403). Only the circles formed from the cohort's groups are read, and in them only the cohort's people count.</para>
/// <para>Storage requests per view: the cohort and its groups (2), then per formed circle its row (a point read), its goals'
/// partition and its relationship partition (one query each): 2 + 3 per circle, whatever the months of placements and pulses.
/// A cohort under five people reads nothing more than the cohort.</para>
/// </remarks>
public sealed class ProgrammeView(CohortActions cohorts, ICohortStore store, ICircleStore circles, IGoalStore goals, IRelationshipStore relationships)
{
    public async Task<Result<ProgrammeFigures>> ForCohortAsync(Caller caller, Guid cohortId, CancellationToken cancellationToken = default)
    {
        var found = await cohorts.FindAsync(caller, cohortId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<ProgrammeFigures>.Failure(found.Errors);
        }

        var cohort = found.Value;
        if (CohortFigures.Shown(cohort.Members.Count) is null)
        {
            return ProgrammeFigures.Hidden;
        }

        var people = cohort.Members.ToHashSet();
        var groups = await store.ListCohortGroupsAsync(caller.Tenant, cohortId, cancellationToken).ConfigureAwait(false);
        var read = await Task.WhenAll(groups.Where(g => g.Formed).Select(g => ReadAsync(caller.Tenant, g.Circle, people, cancellationToken))).ConfigureAwait(false);
        return ProgrammeFigures.Of(cohort.Members.Count, [.. read.OfType<ProgrammeCircle>()]);
    }

    private async Task<ProgrammeCircle?> ReadAsync(TenantId tenant, CircleId id, HashSet<PersonId> people, CancellationToken cancellationToken)
    {
        var circle = circles.FindAsync(tenant, id, cancellationToken);
        var scores = goals.ReadScoresAsync(tenant, id, cancellationToken);
        var board = relationships.ReadAsync(tenant, id, cancellationToken);
        await Task.WhenAll(circle, scores, board).ConfigureAwait(false);
        if (await circle.ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var relationship = await board.ConfigureAwait(false);
        return new ProgrammeCircle(
            found.Value.Status,
            found.Value.Members.Count(m => people.Contains(m.PersonId)),
            [.. (await scores.ConfigureAwait(false)).Where(g => people.Contains(g.Author))],
            [.. relationship.Pulses.Where(p => people.Contains(p.Person))],
            relationship.Endings);
    }
}
