using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>Use case: the coordinator's pulse figures for a cohort: counts only, never who answered what.</summary>
/// <remarks>Read from the partitions of the circles formed from the cohort's groups (one read each, as the cohort view reads
/// their boards); nothing is shown for a cohort under <see cref="CohortFigures.MinPeople"/> people.</remarks>
public sealed class CohortPulses(CohortActions cohorts, ICohortStore store, IRelationshipStore relationships)
{
    public async Task<Result<CohortPulseFigures>> ForCohortAsync(Caller caller, Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await cohorts.FindAsync(caller, cohortId, cancellationToken).ConfigureAwait(false);
        if (!cohort.IsSuccess)
        {
            return Result<CohortPulseFigures>.Failure(cohort.Errors);
        }

        if (CohortFigures.Shown(cohort.Value.Members.Count) is null)
        {
            return new CohortPulseFigures(null, null);
        }

        var groups = await store.ListCohortGroupsAsync(caller.Tenant, cohortId, cancellationToken).ConfigureAwait(false);
        var boards = await Task.WhenAll(groups.Where(g => g.Formed)
            .Select(g => relationships.ReadAsync(caller.Tenant, g.Circle, cancellationToken))).ConfigureAwait(false);
        var answers = boards.SelectMany(b => b.Pulses).ToList();
        return new CohortPulseFigures(answers.Count, answers.Count == 0 ? null : (double)answers.Count(a => a.IsLow) / answers.Count);
    }
}
