using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Storage;

/// <summary>
/// The per-person index an export and an erasure read: one row per circle a person is, was, or was invited into, in their own
/// membership partition (<see cref="Keys.ReachRow"/>), so neither ever reads the tenant's other circles.
/// </summary>
/// <remarks>
/// Written <em>before</em> the circle row that names the person (<see cref="TableCircleStore"/>): a crash in between leaves a
/// reach row for a circle that does not name them (read for nothing, harmless), never a circle they cannot be found in. Never
/// deleted when they leave: the rows they wrote stay in that circle (a peer group goes on), and their erasure must reach them.
/// It grants nothing: access is checked on the circle row. Ids only; it goes with the person's partition when they are erased.
/// </remarks>
internal static class PersonReach
{
    public static Task WriteAsync(Tables tables, Circle circle, IEnumerable<PersonId> people, CancellationToken cancellationToken) =>
        WriteAsync(tables, circle.Tenant, circle.Id, people, cancellationToken);

    /// <summary>Also for a circle that may never exist: a mentor request's future mentorship, whose cards are kept under its id.</summary>
    public static Task WriteAsync(Tables tables, TenantId tenant, CircleId circle, IEnumerable<PersonId> people, CancellationToken cancellationToken) =>
        Task.WhenAll(people.Distinct().Select(p => tables.Memberships.UpsertEntityAsync(
            new TableEntity(Keys.PersonPartition(tenant, p), Keys.ReachRow(circle.Value)) { ["CircleId"] = circle.Value },
            TableUpdateMode.Replace, cancellationToken)));

    /// <summary>Everyone a circle names: its members and its invitees (pending, declined or accepted).</summary>
    public static IEnumerable<PersonId> Named(Circle circle) => circle.Members.Select(m => m.PersonId).Concat(circle.Invited.Select(i => i.PersonId));

    public static bool IsReachRow(string rowKey) => rowKey.StartsWith(Keys.ReachPrefix, StringComparison.Ordinal);

    /// <summary>The circles of one person's partition: their membership rows, invitation rows and reach rows (one query).</summary>
    public static async Task<IReadOnlyList<CircleId>> CirclesAsync(Tables tables, TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        var found = new HashSet<CircleId>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.PersonPartition(tenant, person)}");
        var rows = tables.Memberships.QueryAsync<TableEntity>(partition, select: ["RowKey"], cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            var id = IsReachRow(row.RowKey) ? row.RowKey[Keys.ReachPrefix.Length..]
                : row.RowKey.StartsWith(Keys.InvitationPrefix, StringComparison.Ordinal) ? row.RowKey[Keys.InvitationPrefix.Length..] : row.RowKey;
            if (Guid.TryParse(id, out var circle))
            {
                found.Add(new CircleId(circle));
            }
        }

        return [.. found];
    }
}
