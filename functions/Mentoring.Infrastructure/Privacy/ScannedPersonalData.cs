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
/// It reads only what <paramref name="subjectRows"/> gives for the person (their own row, their circles' ranges, or the tenant's
/// partition where a text written by others may name them), never the whole table: another tenant's rows cost an export
/// nothing. Within it, rows are found by the person's id only (<see cref="PersonalRows.HoldsId"/>). A row whose key holds the
/// person is theirs alone and goes; any other row is rewritten by <see cref="ErasedText"/> (their id, copies of their name,
/// whole-word mentions in the others' texts). A table whose rows hold no person (<paramref name="subjectRows"/> null) still
/// forgets a closed circle's rows, among those <paramref name="circleRows"/> selects (never the whole table: retention runs for
/// every closed circle of every tenant).
/// </remarks>
internal sealed class ScannedPersonalData(string store, TableClient table, Func<DataSubject, IEnumerable<string>>? subjectRows, Func<Circle, string> circleRows)
    : IPersonalDataStore
{
    public string Store => store;

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        await foreach (var row in SubjectRowsAsync(subject, cancellationToken).ConfigureAwait(false))
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
        await foreach (var row in SubjectRowsAsync(subject, cancellationToken).ConfigureAwait(false))
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
        var filter = circleRows(circle);
        var id = circle.Id.ToString();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var names = row.PartitionKey.Contains(id, StringComparison.OrdinalIgnoreCase) || row.RowKey.Contains(id, StringComparison.OrdinalIgnoreCase)
                || PersonalRows.Columns(row).Any(c => c.Value is Guid g ? g == circle.Id.Value : c.Value is string s && s.Contains(id, StringComparison.OrdinalIgnoreCase));
            if (names && !IsSomeonesProfile(row))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A person's profile (or the mentor index's copy of it) names the circles that took a mentor's places: it is the person's,
    /// not the circle's, and a closed circle's retention must not delete it (it did: the mentor's whole profile went).
    /// </summary>
    private static bool IsSomeonesProfile(TableEntity row) =>
        row.RowKey.StartsWith(Matching.MatchingRows.ProfilePrefix, StringComparison.Ordinal)
        || row.RowKey.StartsWith(Matching.MentorIndex.Prefix, StringComparison.Ordinal);

    private async IAsyncEnumerable<TableEntity> SubjectRowsAsync(
        DataSubject subject, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var filter in subjectRows?.Invoke(subject) ?? [])
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
