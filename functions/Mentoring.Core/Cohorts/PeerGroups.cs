using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;

namespace Mentoring.Core.Cohorts;

/// <summary>Use cases of the people in forming groups: see mine and the open ones, start one, join one, accept, decline.</summary>
/// <remarks>
/// Every change is written with the group's ETag and retried on a conflict, so two members answering at once both count. When
/// the group is complete (at least three, everyone accepted) the peer-group circle is validated, stored under the group's
/// derived id, then the group is marked formed; a crash in between leaves a complete, unformed group that the next answer or
/// listing finishes, creating the circle once. Only people visible as peers can start or join a group (others would be shown
/// to strangers without having chosen to be).
/// </remarks>
public sealed class PeerGroups(ICohortStore store, IProfileStore profiles, MatchedCircles circles, TimeProvider time)
{
    private const int Attempts = 5;

    /// <summary>The groups I am in (not yet formed) and the open ones I could join.</summary>
    public async Task<IReadOnlyList<FormingGroup>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        // Formed and abandoned groups are not in this list at all: it reads the groups still forming, not every group ever made.
        var all = await store.ListFormingGroupsAsync(caller.Tenant, cancellationToken).ConfigureAwait(false);
        foreach (var stalled in all.Where(g => g.Has(caller.Id) && g.IsComplete && !g.Formed))
        {
            _ = await ChangeAsync(caller, stalled.Id, (g, _) => g, cancellationToken).ConfigureAwait(false);
        }

        return [.. all.Where(g => !g.Formed && (g.Has(caller.Id) || (g.Open && g.Members.Count < Membership.MaxPeers))).OrderByDescending(g => g.CreatedAt)];
    }

    public async Task<Result<FormingGroup>> StartAsync(Caller caller, string? name, CancellationToken cancellationToken = default)
    {
        var text = Text.Line("name", name, Text.MaxNameLength);
        var me = await VisiblePeerAsync(caller, cancellationToken).ConfigureAwait(false);
        if (!text.IsSuccess || !me.IsSuccess)
        {
            return Result<FormingGroup>.Failure([.. text.Errors, .. me.Errors]);
        }

        var group = new FormingGroup(Guid.CreateVersion7(time.GetUtcNow()), caller.Tenant, null, text.Value,
            [new GroupMember(caller.Id, me.Value.DisplayName, GroupAnswer.Accepted)], Open: true, Formed: false, time.GetUtcNow());
        var saved = await store.SaveGroupAsync(group, null, cancellationToken).ConfigureAwait(false);
        return saved.Map(_ => group);
    }

    public async Task<Result<FormingGroup>> JoinAsync(Caller caller, Guid id, CancellationToken cancellationToken = default)
    {
        var me = await VisiblePeerAsync(caller, cancellationToken).ConfigureAwait(false);
        if (!me.IsSuccess)
        {
            return Result<FormingGroup>.Failure(me.Errors);
        }

        return await ChangeAsync(caller, id, (g, _) =>
            g.Has(caller.Id) ? Error.Conflict("group.alreadyIn")
            : !g.Open ? Error.Forbidden("group.notOpen")
            : g.Members.Count >= Membership.MaxPeers ? Error.Conflict("group.full")
            : g with { Members = [.. g.Members, new GroupMember(caller.Id, me.Value.DisplayName, GroupAnswer.Accepted)] },
            cancellationToken, visibleToNonMembers: true).ConfigureAwait(false);
    }

    public Task<Result<FormingGroup>> AcceptAsync(Caller caller, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, id, (g, me) =>
            me!.Answer == GroupAnswer.Accepted ? Error.Conflict("group.alreadyAccepted")
            : g with { Members = [.. g.Members.Select(m => m.Person == caller.Id ? m with { Answer = GroupAnswer.Accepted } : m)] },
            cancellationToken);

    /// <summary>I leave the group; the others' answers stand and the group opens to people who ask to join.</summary>
    public Task<Result<FormingGroup>> DeclineAsync(Caller caller, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, id, (g, _) => g with { Members = [.. g.Members.Where(m => m.Person != caller.Id)], Open = true }, cancellationToken);

    private async Task<Result<Profile>> VisiblePeerAsync(Caller caller, CancellationToken cancellationToken) =>
        await profiles.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false) is { Value.IsVisiblePeer: true } mine
            ? mine.Value
            : Error.Invalid("profile", "group.peerProfileRequired");

    private async Task<Result<FormingGroup>> ChangeAsync(
        Caller caller, Guid id, Func<FormingGroup, GroupMember?, Result<FormingGroup>> change, CancellationToken cancellationToken, bool visibleToNonMembers = false)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await store.FindGroupAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
            var me = found?.Value.Members.FirstOrDefault(m => m.Person == caller.Id);
            if (found is null || (me is null && !(visibleToNonMembers && found.Value.Open)))
            {
                return Error.NotFound("group.notFound");
            }

            if (found.Value.Formed)
            {
                return Error.Conflict("group.formed");
            }

            var after = change(found.Value, me);
            if (!after.IsSuccess)
            {
                return after;
            }

            var complete = after.Value.IsComplete;
            Circle? circle = null;
            if (complete)
            {
                var built = await circles.BuildAsync(
                    caller.Tenant, after.Value.Circle, after.Value.Members[0].Person, CircleKind.PeerGroup, after.Value.Name, "",
                    [.. after.Value.Members.Select(m => new MemberDraft(m.Person.Value.ToString(), MemberRole.Peer, ""))], cancellationToken).ConfigureAwait(false);
                if (!built.IsSuccess)
                {
                    return Result<FormingGroup>.Failure(built.Errors);
                }

                circle = built.Value;
            }

            // The answers first (the truth), then the circle, then "formed": each step can be replayed.
            var saved = await store.SaveGroupAsync(after.Value, found.Version, cancellationToken).ConfigureAwait(false);
            if (!saved.IsSuccess)
            {
                continue;
            }

            if (circle is null)
            {
                return after;
            }

            await circles.AddAsync(circle, cancellationToken).ConfigureAwait(false);
            var formed = after.Value with { Formed = true };
            _ = await store.SaveGroupAsync(formed, saved.Value, cancellationToken).ConfigureAwait(false);
            return formed;
        }

        return Error.Conflict("group.changed");
    }
}
