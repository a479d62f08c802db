using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Codev;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Notes;
using Mentoring.Core.People;
using Mentoring.Core.Reciprocity;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>A circle's board in Table Storage: the circle's own partition, read in one query, each entry written under its ETag.</summary>
internal sealed class TableCircleBoardStore(Tables tables) : ICircleBoardStore
{
    private const int MaxBatch = 100;

    public async Task<CircleBoard?> ReadAsync(TenantId tenant, CircleId circle, PersonId reader, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        var readerNotes = EntryRows.Notes + reader + "_";
        var readerFollowUps = EntryRows.FollowUps + reader + "_";

        // Other members' notes and follow-up answers are outside the ranges asked for: the service never sends them.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and (RowKey lt {EntryRows.FollowUps} or (RowKey ge {EntryRows.After(EntryRows.FollowUps)} and RowKey lt {EntryRows.Notes}) or RowKey ge {EntryRows.After(EntryRows.Notes)} or (RowKey ge {readerNotes} and RowKey lt {EntryRows.After(readerNotes)}) or (RowKey ge {readerFollowUps} and RowKey lt {EntryRows.After(readerFollowUps)}))");
        Versioned<Circle>? found = null;
        var (sessions, items, commitments, thanks, news, notes) = (new List<Session>(), new List<Versioned<AgendaItem>>(), new List<Versioned<Commitment>>(), new List<Thanks>(), new List<News>(), new List<Note>());
        var (followUps, cards, codev) = (new List<Versioned<FollowUp>>(), new List<CardPreference>(), new List<CodevSession>());
        var attendance = new List<SessionAttendance>();
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var key = row.RowKey;
            var version = row.ETag.ToString();
            switch (key)
            {
                case Keys.CircleRow:
                    found = new(CircleMapping.ToCircle(As<CircleEntity>(row)), version);
                    break;
                case var _ when key.StartsWith(SessionEntity.RowPrefix, StringComparison.Ordinal):
                    sessions.Add(TableSessionStore.ToSession(As<SessionEntity>(row)));
                    break;
                case var _ when key.StartsWith(EntryRows.Items, StringComparison.Ordinal):
                    items.Add(new(EntryRows.Read<AgendaItem>(row.GetString("Json")), version));
                    break;
                case var _ when key.StartsWith(EntryRows.Commitments, StringComparison.Ordinal):
                    commitments.Add(new(EntryRows.Read<Commitment>(row.GetString("Json")), version));
                    break;
                case var _ when key.StartsWith(EntryRows.Thanks, StringComparison.Ordinal):
                    thanks.Add(EntryRows.Read<Thanks>(row.GetString("Json")));
                    break;
                case var _ when key.StartsWith(EntryRows.News, StringComparison.Ordinal):
                    news.Add(EntryRows.Read<News>(row.GetString("Json")));
                    break;
                case var _ when key.StartsWith(readerNotes, StringComparison.Ordinal):
                    notes.Add(EntryRows.Read<Note>(row.GetString("Json")));
                    break;
                case var _ when key.StartsWith(readerFollowUps, StringComparison.Ordinal):
                    followUps.Add(new(EntryRows.Read<FollowUp>(row.GetString("Json")), version));
                    break;
                case var _ when key.StartsWith(EntryRows.CardPreferences, StringComparison.Ordinal):
                    cards.Add(EntryRows.Read<CardPreference>(row.GetString("Json")));
                    break;
                case var _ when key.StartsWith(EntryRows.Codev, StringComparison.Ordinal):
                    codev.Add(EntryRows.Read<CodevSession>(row.GetString("Json")));
                    break;
                case var _ when key.StartsWith(EntryRows.Attendance, StringComparison.Ordinal):
                    attendance.Add(EntryRows.Read<SessionAttendance>(row.GetString("Json")));
                    break;
            }
        }

        return found is null ? null : new CircleBoard(found, [.. sessions.OrderBy(s => s.OriginalStart)], items, commitments, thanks, news, [.. notes.Where(n => n.Author == reader)])
        {
            FollowUps = [.. followUps.Where(f => f.Value.Member == reader)],
            CardPreferences = cards,
            Codev = codev,
            Attendance = attendance,
        };
    }

    public async Task<Versioned<T>?> FindAsync<T>(TenantId tenant, CircleId circle, string key, PersonId reader, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry
    {
        if ((typeof(T) == typeof(Note) || typeof(T) == typeof(FollowUp)) && !key.StartsWith(reader + "_", StringComparison.Ordinal))
        {
            return null;
        }

        var found = await tables.Circles.GetEntityIfExistsAsync<EntryEntity>(Keys.CirclePartition(tenant, circle), EntryRows.PrefixOf<T>() + key, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new(EntryRows.Read<T>(found.Value!.Json), found.Value.ETag.ToString()) : null;
    }

    public async Task<Versioned<T>> AddAsync<T>(TenantId tenant, CircleId circle, T entry, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry
    {
        try
        {
            var response = await tables.Circles.AddEntityAsync(EntryRows.ToEntity(Keys.CirclePartition(tenant, circle), entry), cancellationToken).ConfigureAwait(false);
            return new(entry, VersionOf(response));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A retried creation whose first attempt reached the table: what was stored wins.
            var author = entry is Note note ? note.Author : default;
            return await FindAsync<T>(tenant, circle, entry.Key, author, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The entry existed a moment ago and is gone.", e);
        }
    }

    public async Task<Versioned<T>> PutAsync<T>(TenantId tenant, CircleId circle, T entry, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry
    {
        var response = await tables.Circles.UpsertEntityAsync(EntryRows.ToEntity(Keys.CirclePartition(tenant, circle), entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return new(entry, VersionOf(response));
    }

    public async Task<Result<string>> ReplaceAsync<T>(TenantId tenant, CircleId circle, T entry, string version, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry
    {
        try
        {
            var response = await tables.Circles.UpdateEntityAsync(EntryRows.ToEntity(Keys.CirclePartition(tenant, circle), entry), new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return VersionOf(response);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("entry.changed");
        }
    }

    public async Task<Result<Unit>> DeleteAsync<T>(TenantId tenant, CircleId circle, string key, string version, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry
    {
        try
        {
            await tables.Circles.DeleteEntityAsync(Keys.CirclePartition(tenant, circle), EntryRows.PrefixOf<T>() + key, new ETag(version), cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return Error.Conflict("entry.changed");
        }
    }

    public async Task<Result<Unit>> ReplaceItemsAsync(TenantId tenant, CircleId circle, IReadOnlyList<Versioned<AgendaItem>> items, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        try
        {
            // One entity-group transaction per 100 items (a session holds at most 200): all or nothing, each at its version.
            foreach (var batch in items.Chunk(MaxBatch))
            {
                await tables.Circles.SubmitTransactionAsync(
                    batch.Select(i => new TableTransactionAction(TableTransactionActionType.UpdateReplace, EntryRows.ToEntity(partition, i.Value), new ETag(i.Version))), cancellationToken).ConfigureAwait(false);
            }

            return Unit.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("entry.changed");
        }
    }

    public async Task<IReadOnlyList<Versioned<Commitment>>> ListCommitmentsAsync(TenantId tenant, CircleId circle, PersonId author, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {EntryRows.Commitments} and RowKey lt {EntryRows.After(EntryRows.Commitments)} and AuthorId eq {author.Value}");
        var found = new List<Versioned<Commitment>>();
        await foreach (var row in tables.Circles.QueryAsync<EntryEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(new(EntryRows.Read<Commitment>(row.Json), row.ETag.ToString()));
        }

        return found;
    }

    /// <summary>A row of a mixed query as its typed entity: the SDK's own mapping is not public, JSON does it by property name.</summary>
    private static T As<T>(TableEntity row)
        where T : ITableEntity
    {
        var typed = JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(row.Where(p => !p.Key.StartsWith("odata.", StringComparison.Ordinal)).ToDictionary()))!;
        typed.ETag = row.ETag;
        return typed;
    }

    private static string VersionOf(Response response) => response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
}
