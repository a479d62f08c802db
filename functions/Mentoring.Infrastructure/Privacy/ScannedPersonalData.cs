using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The personal-data handler of a table whose rows may name a person anywhere (a key, a column, a JSON column): the bot's
/// contacts, the delivery's outbox and due index, the matching table (profiles, requests, cohorts, groups).
/// </summary>
/// <remarks>
/// It reads the whole table, row by row, with <see cref="PersonalRows"/>: slower than a keyed read, but an export or an
/// erasure is rare, and a new kind of row in these tables is then covered without code. A row whose key holds the person is
/// theirs alone and goes; any other row naming them stays for the others with "ancien membre" in their place.
/// </remarks>
internal sealed class ScannedPersonalData(string store, TableClient table) : IPersonalDataStore
{
    public string Store => store;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Concerns(row, subject))
            {
                records.Add(PersonalRows.ToRecord(store, row, PersonalRows.KindOf(row, store), writtenBySubject: PersonalRows.KeyNames(row, subject.Person)));
            }
        }

        return records;
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PersonalRows.KeyNames(row, subject.Person))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            else if (Concerns(row, subject))
            {
                await table.UpdateEntityAsync(PersonalRows.Anonymised(row, subject), row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A row keyed by the person, or a row of their tenant's partition that names them: a namesake in another tenant (the same
    /// display name) is someone else.
    /// </summary>
    private static bool Concerns(TableEntity row, DataSubject subject) =>
        PersonalRows.KeyNames(row, subject.Person)
        || (row.PartitionKey.Contains(subject.Tenant.ToString(), StringComparison.OrdinalIgnoreCase) && PersonalRows.Names(row, subject));

    /// <summary>Rows about a closed circle (by its id in a key or a column) go with it.</summary>
    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var id = circle.Id.ToString();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var names = row.PartitionKey.Contains(id, StringComparison.OrdinalIgnoreCase) || row.RowKey.Contains(id, StringComparison.OrdinalIgnoreCase)
                || PersonalRows.Columns(row).Any(c => c.Value is Guid g ? g == circle.Id.Value : c.Value is string s && s.Contains(id, StringComparison.OrdinalIgnoreCase));
            if (names)
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
