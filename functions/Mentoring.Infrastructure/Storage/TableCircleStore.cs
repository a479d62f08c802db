using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Circles in Table Storage: one point read to get a circle, one partition read to list a person's circles.</summary>
/// <remarks>
/// The circle row is the truth (membership checks read it); the privacy index (<see cref="PersonReach"/>) is written before
/// it, so an export or an erasure finds every circle that names a person; "my circles" index rows are written after it and are idempotent upserts,
/// so a write interrupted between the two never grants access. A replace rewrites only the index rows whose content it
/// changes (a schedule or objective change rewrites none), so an interrupted index write is repaired by the next change to
/// what the index shows (name, status, members), and a creation's by its retry.
/// </remarks>
internal sealed class TableCircleStore(Tables tables, TimeProvider time) : ICircleStore
{
    public async Task<Versioned<Circle>?> FindAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await tables.Circles.GetEntityIfExistsAsync<CircleEntity>(
            Keys.CirclePartition(tenant, id), Keys.CircleRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new Versioned<Circle>(CircleMapping.ToCircle(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<CircleSummary>> ListForMemberAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var partition = Keys.PersonPartition(tenant, person);
        var rows = new List<CircleSummary>();
        await foreach (var row in tables.Memberships.QueryAsync<MembershipEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The same partition holds the person's invitations (an invitee is not a member) and their privacy index.
            if (!row.RowKey.StartsWith(Keys.InvitationPrefix, StringComparison.Ordinal) && !PersonReach.IsReachRow(row.RowKey))
            {
                rows.Add(CircleMapping.ToSummary(row));
            }
        }

        return rows;
    }

    public async Task<IReadOnlyList<CircleInvitation>> ListInvitationsAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var partition = Keys.PersonPartition(tenant, person);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {Keys.InvitationPrefix} and RowKey lt {Keys.InvitationPrefix.TrimEnd('-') + "."}");
        var rows = new List<CircleInvitation>();
        await foreach (var row in tables.Memberships.QueryAsync<MembershipEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(CircleMapping.ToInvitation(row));
        }

        return rows;
    }

    public async Task<Versioned<Circle>> AddAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        Versioned<Circle> stored;
        await PersonReach.WriteAsync(tables, circle, PersonReach.Named(circle), cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await tables.Circles.AddEntityAsync(CircleMapping.ToEntity(circle), cancellationToken).ConfigureAwait(false);
            stored = new(circle, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A retry of a creation that reached the table: what was stored wins, and its index is written again below.
            stored = await FindAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The circle existed a moment ago and is gone.", e);
        }

        await IndexAsync(stored.Value, stored.Value.Members, [], cancellationToken).ConfigureAwait(false);
        await IndexInvitationsAsync(stored.Value, stored.Value.PendingInvitations, [], cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<Result<string>> ReplaceAsync(Circle before, Circle after, string version, CancellationToken cancellationToken = default)
    {
        Response response;
        await PersonReach.WriteAsync(tables, after, PersonReach.Named(after).Except(PersonReach.Named(before)), cancellationToken).ConfigureAwait(false);
        try
        {
            response = await tables.Circles.UpdateEntityAsync(CircleMapping.ToEntity(after), new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return Error.Conflict("circle.changed");
        }

        await IndexAsync(after, Reindexed(before, after), before.Members.Select(m => m.PersonId).Except(after.Members.Select(m => m.PersonId)), cancellationToken).ConfigureAwait(false);
        // A closed circle invites nobody any more: its invitations leave the invitees' lists.
        var stillPending = after.Status == CircleStatus.Closed ? [] : after.PendingInvitations.ToArray();
        var answered = before.PendingInvitations.Select(i => i.PersonId).Except(stillPending.Select(i => i.PersonId));
        var invited = stillPending.Where(i => !before.IsInvited(i.PersonId) || before.Name != after.Name || before.Status != after.Status);
        await IndexInvitationsAsync(after, invited, answered, cancellationToken).ConfigureAwait(false);
        if (after.Status == CircleStatus.Closed && before.Status != CircleStatus.Closed)
        {
            // After the close is saved: a crash in between keeps the circle longer, never deletes one still open.
            await Privacy.TableRetentionList.MarkClosedAsync(tables, after, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
    }

    /// <summary>The members of <paramref name="after"/> whose index row differs from the one <paramref name="before"/> implied.</summary>
    private static IEnumerable<Member> Reindexed(Circle before, Circle after) =>
        after.Members.Where(m => before.Members.FirstOrDefault(b => b.PersonId == m.PersonId) is not { } old
            || Shown(CircleMapping.ToMembership(before, old)) != Shown(CircleMapping.ToMembership(after, m)));

    private static (Guid, string, string, string, string) Shown(MembershipEntity row) => (row.PersonId, row.Kind, row.Name, row.Status, row.Role);

    /// <summary>Invitation rows: written for pending invitees, deleted once they accepted, declined or were removed.</summary>
    private Task IndexInvitationsAsync(Circle circle, IEnumerable<Invitee> pending, IEnumerable<PersonId> answered, CancellationToken cancellationToken)
    {
        var upserts = pending.Select(i => tables.Memberships.UpsertEntityAsync(CircleMapping.ToInvitation(circle, i), TableUpdateMode.Replace, cancellationToken));
        var deletes = answered.Select(p => tables.Memberships.DeleteEntityAsync(
            Keys.PersonPartition(circle.Tenant, p), Keys.InvitationRow(circle.Id.Value), ETag.All, cancellationToken));
        return Task.WhenAll(upserts.Concat(deletes));
    }

    private Task IndexAsync(Circle circle, IEnumerable<Member> members, IEnumerable<PersonId> removed, CancellationToken cancellationToken)
    {
        var upserts = members.Select(m => tables.Memberships.UpsertEntityAsync(CircleMapping.ToMembership(circle, m), TableUpdateMode.Replace, cancellationToken));
        var deletes = removed.Select(p => tables.Memberships.DeleteEntityAsync(Keys.PersonPartition(circle.Tenant, p), Keys.Row(circle.Id.Value), ETag.All, cancellationToken));
        return Task.WhenAll(upserts.Concat(deletes));
    }
}
