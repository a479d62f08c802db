using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Core.Cohorts;

/// <summary>Use case: what a coordinator asks of one cohort member, answered by the least-sight table.</summary>
/// <remarks>
/// The coordinator row of <see cref="LeastSight"/> decides: a kind a coordinator may read in full (the member's activity,
/// membership, identity) is answered with the member's line of the cohort view and their circles' activity; any other kind
/// (notes, agenda contents, commitments, follow-ups, thanks, profile) is a 403 <c>privacy.sight.coordinator</c> saying why,
/// and nothing of it is read. Cohort checks come first: not a coordinator 403, unknown cohort or a person not in it 404.
/// </remarks>
public sealed class CohortMemberData(CohortOverview overview, ICircleStore circles)
{
    /// <summary>The words of the route, one per kind of data the least-sight table lists.</summary>
    public static IReadOnlyDictionary<string, PersonalDataKind> Kinds { get; } = new Dictionary<string, PersonalDataKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["identity"] = PersonalDataKind.Identity,
        ["profile"] = PersonalDataKind.Profile,
        ["circles"] = PersonalDataKind.Membership,
        ["sessions"] = PersonalDataKind.Sessions,
        ["agenda"] = PersonalDataKind.AgendaItems,
        ["commitments"] = PersonalDataKind.Commitments,
        ["notes"] = PersonalDataKind.Notes,
        ["thanks"] = PersonalDataKind.Thanks,
        ["followups"] = PersonalDataKind.FollowUps,
        ["activity"] = PersonalDataKind.Activity,
        ["goals"] = PersonalDataKind.Goals,
        ["agreement"] = PersonalDataKind.Agreement,
        ["pulse"] = PersonalDataKind.Pulse,
    };

    public async Task<Result<MemberActivity>> ReadAsync(Caller caller, Guid cohortId, string? person, string? kind, CancellationToken cancellationToken = default)
    {
        var v = new Validation();
        if (!PersonId.TryParse(person, out var member))
        {
            v.Add(Error.Invalid("personId", "id.invalid"));
        }

        if (kind is null || !Kinds.TryGetValue(kind, out var asked))
        {
            v.Add(Error.Invalid("kind", "privacy.kind.unknown"));
            asked = default;
        }

        if (v.HasErrors)
        {
            return Result<MemberActivity>.Failure(v.Errors);
        }

        // Only the cohort's circles this member is in are read: not the other members' circles, nor the member's own outside it.
        var view = await overview.ForMemberAsync(caller, cohortId, member, cancellationToken).ConfigureAwait(false);
        if (!view.IsSuccess)
        {
            return Result<MemberActivity>.Failure(view.Errors);
        }

        if (view.Value.Members.FirstOrDefault(m => m.Person == member) is not { } line)
        {
            return Error.NotFound("cohort.memberNotFound");
        }

        if (LeastSight.Require(asked, Audience.Coordinator, Sight.Content) is { } refused)
        {
            return refused;
        }

        var theirs = (await circles.ListForMemberAsync(caller.Tenant, member, cancellationToken).ConfigureAwait(false)).Select(c => c.Id).ToHashSet();
        return new MemberActivity(line, [.. view.Value.Circles.Where(c => theirs.Contains(c.CircleId))]);
    }
}
