using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The personal-data handler of a table whose rows may hold a person's id anywhere (a key, a column, a JSON column): the bot's
/// contacts, the delivery's outbox, the matching table (profiles, requests, cohorts, groups).
/// </summary>
/// <remarks>
/// It reads only the person's tenant (<paramref name="tenantRows"/>: the tenant's partition, or its range of partitions), never
/// the whole table: another tenant's rows cost an export nothing. Within it, rows are found by the person's id only
/// (<see cref="PersonalRows.HoldsId"/>). A row whose key holds the person is theirs alone and goes; any other row is rewritten
/// by <see cref="ErasedText"/> (their id, copies of their name, whole-word mentions in the others' texts). A table whose rows
/// hold no person (<paramref name="tenantRows"/> null) still forgets a closed circle's rows, among those <paramref name="circleRows"/>
/// selects (never the whole table: retention runs for every closed circle of every tenant).
/// </remarks>
internal sealed class ScannedPersonalData(string store, TableClient table, Func<TenantId, string>? tenantRows, Func<Circle, string>? circleRows = null)
    : IPersonalDataStore
{
    public string Store => store;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        await foreach (var row in TenantRowsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            if (PersonalRows.HoldsId(row, subject.Person))
            {
                records.Add(PersonalRows.ToRecord(store, row, PersonalRows.KindOf(row, store), writtenBySubject: PersonalRows.KeyNames(row, subject.Person)));
            }
        }

        return records;
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var text = new ErasedText(subject);
        await foreach (var row in TenantRowsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            if (PersonalRows.KeyNames(row, subject.Person))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            else if (text.Rewritten(row) is not null)
            {
                await RowRewrite.RewriteAsync(table, row, text, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Rows about a closed circle (by its id in a key or a column) go with it; only the circle's tenant's rows are read.</summary>
    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var filter = circleRows?.Invoke(circle) ?? tenantRows?.Invoke(circle.Tenant)
            ?? throw new InvalidOperationException($"{store}: no rows to read for a closed circle (give tenantRows or circleRows).");
        var id = circle.Id.ToString();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var names = row.PartitionKey.Contains(id, StringComparison.OrdinalIgnoreCase) || row.RowKey.Contains(id, StringComparison.OrdinalIgnoreCase)
                || PersonalRows.Columns(row).Any(c => c.Value is Guid g ? g == circle.Id.Value : c.Value is string s && s.Contains(id, StringComparison.OrdinalIgnoreCase));
            if (names)
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async IAsyncEnumerable<TableEntity> TenantRowsAsync(DataSubject subject, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (tenantRows is null)
        {
            yield break;
        }

        await foreach (var row in table.QueryAsync<TableEntity>(tenantRows(subject.Tenant), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }
}
