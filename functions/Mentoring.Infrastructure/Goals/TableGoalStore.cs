using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Goals;

/// <summary>A circle's goals in the Goals table: one partition per circle, read in one query, each goal written under its ETag.</summary>
internal sealed class TableGoalStore(Tables tables) : IGoalStore
{
    public async Task<GoalBoard> ReadAsync(TenantId tenant, CircleId circle, PersonId reader, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.CirclePartition(tenant, circle)}");
        var (goals, placements) = (new List<Versioned<Goal>>(), new List<GoalPlacement>());
        await foreach (var row in tables.Goals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(GoalRows.Goals, StringComparison.Ordinal))
            {
                goals.Add(new(GoalRows.ToGoal(row), row.ETag.ToString()));
            }
            else if (row.RowKey.StartsWith(GoalRows.Placements, StringComparison.Ordinal))
            {
                placements.Add(GoalRows.ToPlacement(row));
            }
        }

        // Another member's private goal, and its placements, never leave the store.
        var seen = goals.Where(g => g.Value.IsSeenBy(reader)).ToList();
        var seenIds = seen.Select(g => g.Value.Id).ToHashSet();
        return new GoalBoard(seen, [.. placements.Where(p => seenIds.Contains(p.GoalId))]);
    }

    public async Task<IReadOnlyList<GoalScore>> ReadScoresAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.CirclePartition(tenant, circle)}");
        var (goals, latest) = (new List<Goal>(), new Dictionary<Guid, GoalPlacement>());
        await foreach (var row in tables.Goals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(GoalRows.Goals, StringComparison.Ordinal))
            {
                goals.Add(GoalRows.ToGoal(row));
            }
            else if (row.RowKey.StartsWith(GoalRows.Placements, StringComparison.Ordinal) && GoalRows.ToPlacement(row) is var p
                && (!latest.TryGetValue(p.GoalId, out var seen) || string.CompareOrdinal(p.Month, seen.Month) > 0))
            {
                latest[p.GoalId] = p;
            }
        }

        // Numbers only: titles and level texts stay here.
        return [.. goals.Select(g => new GoalScore(g.Author, g.Weight, g.Baseline, latest.TryGetValue(g.Id, out var p) ? p.Level : g.Baseline))];
    }

    public async Task<Result<Versioned<Goal>>> AddAsync(TenantId tenant, CircleId circle, Goal goal, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await tables.Goals.AddEntityAsync(GoalRows.ToRow(Keys.CirclePartition(tenant, circle), goal), cancellationToken).ConfigureAwait(false);
            return new Versioned<Goal>(goal, response.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // The slot was taken since it was read: another goal was added at the same time.
            return Error.Conflict("goal.changed");
        }
    }

    public async Task<Result<Versioned<Goal>>> ReplaceAsync(TenantId tenant, CircleId circle, Goal goal, string version, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = GoalRows.ToRow(Keys.CirclePartition(tenant, circle), goal);
            var response = await tables.Goals.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new Versioned<Goal>(goal, response.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("goal.changed");
        }
    }

    public async Task PutPlacementsAsync(TenantId tenant, CircleId circle, IReadOnlyList<GoalPlacement> placements, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        var actions = placements.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, GoalRows.ToRow(partition, p)));
        await tables.Goals.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }
}
