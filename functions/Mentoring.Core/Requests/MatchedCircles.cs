using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>Creates the circle that matching agreed on, once everyone in it has accepted; idempotent by the circle's id.</summary>
public sealed class MatchedCircles(ICircleStore circles, IProfileStore profiles, PeopleLookup directory, Delivery.ConversationsAhead conversations, TimeProvider time)
{
    /// <summary>Validates the circle (people looked up in the directory, a proposed cadence) without writing anything.</summary>
    public async Task<Result<Circle>> BuildAsync(
        TenantId tenant, CircleId id, PersonId actingMember, Circles.CircleKind kind, string name, string objective,
        IReadOnlyList<MemberDraft> members, CancellationToken cancellationToken = default)
    {
        var ids = members.Select(m => new PersonId(Guid.Parse(m.PersonId!))).ToArray();
        var people = await directory.FindAsync(tenant, ids, cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<Circle>.Failure(people.Errors);
        }

        var found = await Task.WhenAll(ids.Select(p => profiles.FindAsync(tenant, p, cancellationToken))).ConfigureAwait(false);
        // The mentee's zone for a mentorship (the mentor adapts), else the zone most members live in; the zone a person gave
        // in their profile wins over the mailbox's (a guest has none of their own here).
        var zones = ids.Select((p, i) => found[i]?.Value.TimeZone ?? people.Value.FirstOrDefault(x => x.Id == p)?.TimeZone ?? "Europe/Paris").ToArray();
        var mentee = members.ToList().FindIndex(m => m.Role == MemberRole.Mentee);
        var zone = mentee >= 0 ? zones[mentee] : zones.GroupBy(z => z).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var now = time.GetUtcNow();
        var cadence = ProposedCadence.For([.. found.Select(f => f?.Value)], zone, now);
        var acting = people.Value.FirstOrDefault(p => p.Id == actingMember);
        var draft = new CircleDraft(kind, Truncate(name, Text.MaxNameLength), objective, members, cadence);
        // Matching asks each person first (the mentor accepts the mentee's request, each peer accepts the group): all agreed.
        return Circle.Create(draft, id, new Caller(tenant, actingMember, acting?.DisplayName ?? ""), people.Value, now, everyoneAgreed: true);
    }

    /// <summary>Stores the circle; a retry finds the one already stored and writes its index rows again.</summary>
    public async Task<CircleView> AddAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var stored = await circles.AddAsync(circle, cancellationToken).ConfigureAwait(false);
        await conversations.JoinedAsync(circle.Tenant, [.. stored.Value.Members.Select(m => m.PersonId)], cancellationToken).ConfigureAwait(false);
        return new CircleView(stored.Value, stored.Version);
    }

    public async Task<bool> ExistsAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default) =>
        await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false) is not null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
