using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Privacy.Leavers;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The leavers table: partition = tenant; row "link" = the directory's delta link, rows "left_{person}" = who left and when it was noticed.</summary>
/// <remarks>
/// A leaver's row holds their id (the erasure needs it) and is deleted once they are restored or their erasure finished: an erasure
/// leaves it alone, so one that crashed midway is found and resumed by the next run. It exports nothing: the person is gone from
/// the directory, cannot sign in, and so can neither export nor erase while the row exists.
/// </remarks>
internal sealed class TableLeaverLog(Tables tables) : ILeaverLog, IPersonalDataStore
{
    private const string LinkRow = "link";
    private const string LeftPrefix = "left_";

    public string Store => "Leavers";

    public async Task<string?> FindLinkAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var found = await tables.Leavers.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), LinkRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value!.GetString("Link") : null;
    }

    public Task SaveLinkAsync(TenantId tenant, string link, CancellationToken cancellationToken = default) =>
        tables.Leavers.UpsertEntityAsync(new TableEntity(Keys.Tenant(tenant), LinkRow) { ["Link"] = link }, TableUpdateMode.Replace, cancellationToken);

    public async Task NoteLeftAsync(TenantId tenant, PersonId person, DateTimeOffset noticedAt, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = new TableEntity(Keys.Tenant(tenant), RowOf(person)) { ["NoticedAt"] = noticedAt };
            await tables.Leavers.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Noticed before (a run that crashed before moving its link on): the first date stands.
        }
    }

    public async Task ForgetAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        await tables.Leavers.DeleteEntityAsync(Keys.Tenant(tenant), RowOf(person), ETag.All, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Leaver>> DueAsync(TenantId tenant, DateTimeOffset noticedBy, CancellationToken cancellationToken = default)
    {
        var due = new List<Leaver>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {LeftPrefix} and RowKey lt {LeftPrefix[..^1] + "`"}");
        await foreach (var row in tables.Leavers.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var noticed = row.GetDateTimeOffset("NoticedAt") ?? DateTimeOffset.MinValue;
            if (noticed <= noticedBy && Guid.TryParse(row.RowKey[LeftPrefix.Length..], out var id))
            {
                due.Add(new Leaver(tenant, new PersonId(id), noticed));
            }
        }

        return due;
    }

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static string RowOf(PersonId person) => LeftPrefix + person;
}
