using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Matching;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Cohorts;

/// <summary>Use cases of a coordinator: gather a cohort, list cohorts, ask for proposed peer groups. Anyone else: 403.</summary>
/// <remarks>
/// <para>A cohort of 1 or 2 people is refused (<c>cohort.tooSmall</c>): no peer group can come of it; the message says to add
/// people or to invite them to join an open group. Members are people of the coordinator's tenant (the directory is asked, so
/// another tenant's ids are <c>member.unknown</c>).</para>
/// <para>Proposals come from <see cref="PeerGroupFormation"/> over the cohort members whose profile is visible as a peer and who
/// are not yet in a group proposed from this cohort; a person who has not chosen to be visible is never grouped (they are
/// listed so the coordinator can invite them). Past groups (their peer-group circles) count as pairs to avoid. The seed is
/// the cohort's id, so asking again over the same people proposes the same groups. A member who paused everything
/// (<see cref="IPersonPause"/>) is not grouped either, and is listed with those not visible (the coordinator is not told
/// why). Only members who accepted the invitation are grouped; those who declined never are. Fewer than three such people:
/// <c>cohort.tooSmall</c>, nothing proposed.</para>
/// </remarks>
public sealed class CohortActions(
    ICohortStore store, IProfileStore profiles, ICircleStore circles, PeopleLookup directory, IPersonPause pauses, Circles.Invitations.Invitability invitability, TimeProvider time)
{
    public async Task<Result<Cohort>> CreateAsync(Caller caller, CohortBody body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (!caller.IsCoordinator)
        {
            return Error.Forbidden("cohort.coordinatorOnly");
        }

        var id = idempotencyKey is null ? Result<CircleId>.Success(new CircleId(Guid.CreateVersion7(time.GetUtcNow()))) : CircleIds.FromIdempotencyKey(caller, idempotencyKey);
        var v = new Validation();
        v.AddRange(id.Errors);
        var name = Text.Line("name", body.Name, Text.MaxNameLength);
        v.AddRange(name.Errors);
        var ids = Members(body.Members, v);
        if (v.HasErrors)
        {
            return Result<Cohort>.Failure(v.Errors);
        }

        var people = await directory.FindAsync(caller.Tenant, ids, cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<Cohort>.Failure(people.Errors);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (!people.Value.Any(p => p.Id == ids[i]))
            {
                v.Add(Error.Invalid($"members[{i}]", "member.unknown"));
            }
        }

        // Joining is an invitation: nobody who paused everything or erased their data is asked (the reason is not said).
        var unavailable = await invitability.UnavailableAmongAsync(caller.Tenant, ids, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ids.Count; i++)
        {
            if (unavailable.Contains(ids[i]))
            {
                v.Add(Error.Invalid($"members[{i}]", Circles.Invitations.Invitability.Unavailable));
            }
        }

        if (v.HasErrors)
        {
            return Result<Cohort>.Failure(v.Errors);
        }

        var cohort = new Cohort(id.Value.Value, caller.Tenant, name.Value, [], caller.Id, time.GetUtcNow()) { Invited = ids };
        return await store.AddCohortAsync(cohort, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cohorts the caller created or was made co-coordinator of; another coordinator's are not listed.</summary>
    public async Task<Result<IReadOnlyList<Cohort>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsCoordinator)
        {
            return Error.Forbidden("cohort.coordinatorOnly");
        }

        var all = await store.ListCohortsAsync(caller.Tenant, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<Cohort>>.Success([.. all.Where(c => c.IsCoordinatedBy(caller.Id)).OrderByDescending(c => c.CreatedAt)]);
    }

    /// <summary>Proposes groups for the cohort's visible peers not yet in one of its groups; each member then accepts or declines.</summary>
    public async Task<Result<Proposal>> ProposeAsync(Caller caller, Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await FindAsync(caller, cohortId, cancellationToken).ConfigureAwait(false);
        if (!cohort.IsSuccess)
        {
            return Result<Proposal>.Failure(cohort.Errors);
        }

        var groups = await store.ListCohortGroupsAsync(caller.Tenant, cohortId, cancellationToken).ConfigureAwait(false);
        var grouped = groups.SelectMany(g => g.Members).Select(m => m.Person).ToHashSet();
        var waiting = cohort.Value.Members.Where(p => !grouped.Contains(p)).ToArray();
        var visible = (await profiles.ListVisibleAmongAsync(caller.Tenant, waiting, cancellationToken).ConfigureAwait(false)).Where(p => p.IsVisiblePeer).ToDictionary(p => p.Person);
        var paused = await pauses.PausedAmongAsync(caller.Tenant, waiting, cancellationToken).ConfigureAwait(false);
        visible = visible.Where(v => !paused.Contains(v.Key)).ToDictionary();
        var cohortProfiles = waiting.Where(visible.ContainsKey).Select(p => visible[p]).ToArray();
        var notVisible = waiting.Where(p => !visible.ContainsKey(p)).ToArray();
        var past = await PastPairsAsync(caller, cohortProfiles, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var formed = PeerGroupFormation.Form(cohortProfiles, past, now, new Random(BitConverter.ToInt32(cohortId.ToByteArray(), 0)));
        if (!formed.IsSuccess)
        {
            return Result<Proposal>.Failure(formed.Errors);
        }

        var names = cohortProfiles.ToDictionary(p => p.Person, p => p.DisplayName);
        var proposed = formed.Value.Select((g, i) => new FormingGroup(
            Guid.CreateVersion7(now), caller.Tenant, cohortId, $"{cohort.Value.Name} · {i + 1}",
            [.. g.Members.Select(p => new GroupMember(p, names[p], GroupAnswer.Pending))], Open: false, Formed: false, now)).ToArray();
        await store.AddGroupsAsync(proposed, cancellationToken).ConfigureAwait(false);
        return new Proposal(proposed, notVisible);
    }

    internal async Task<Result<Cohort>> FindAsync(Caller caller, Guid cohortId, CancellationToken cancellationToken)
    {
        if (!caller.IsCoordinator)
        {
            return Error.Forbidden("cohort.coordinatorOnly");
        }

        // Another coordinator's cohort does not exist for this one: 404, as for a circle one is not in.
        var found = await store.FindCohortAsync(caller.Tenant, cohortId, cancellationToken).ConfigureAwait(false);
        return found is not null && found.IsCoordinatedBy(caller.Id) ? found : Error.NotFound("cohort.notFound");
    }

    private static List<PersonId> Members(IReadOnlyList<string?>? drafts, Validation v)
    {
        var ids = new List<PersonId>();
        if (drafts is null || drafts.Count is < PeerGroupFormation.MinCohort)
        {
            v.Add(Error.Invalid("members", "cohort.tooSmall", new Dictionary<string, object> { ["count"] = drafts?.Count ?? 0, ["min"] = PeerGroupFormation.MinCohort }));
            return ids;
        }

        if (drafts.Count > Cohort.MaxMembers)
        {
            v.Add(Error.Invalid("members", "list.tooLong", new Dictionary<string, object> { ["max"] = Cohort.MaxMembers }));
            return ids;
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            if (!PersonId.TryParse(drafts[i], out var id))
            {
                v.Add(Error.Invalid($"members[{i}]", drafts[i] is null ? "required" : "id.invalid"));
            }
            else if (ids.Contains(id))
            {
                v.Add(Error.Invalid($"members[{i}]", "member.duplicate"));
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Pairs already in a peer group together, from each person's circle index and those circles' members.</summary>
    private async Task<List<PeerPair>> PastPairsAsync(Caller caller, IReadOnlyList<Profile> people, CancellationToken cancellationToken)
    {
        var indexes = await Task.WhenAll(people.Select(p => circles.ListForMemberAsync(caller.Tenant, p.Person, cancellationToken))).ConfigureAwait(false);
        var groupIds = indexes.SelectMany(i => i).Where(c => c.Kind == CircleKind.PeerGroup).Select(c => c.Id).Distinct().ToArray();
        var found = await Task.WhenAll(groupIds.Select(id => circles.FindAsync(caller.Tenant, id, cancellationToken))).ConfigureAwait(false);
        return [.. found.OfType<Versioned<Circle>>().SelectMany(c => c.Value.Members.SelectMany(a => c.Value.Members.Where(b => b.PersonId.Value.CompareTo(a.PersonId.Value) > 0).Select(b => PeerPair.Of(a.PersonId, b.PersonId))))];
    }
}
