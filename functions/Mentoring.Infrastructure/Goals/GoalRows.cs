using System.Text.Json;
using Azure.Data.Tables;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Goals;

/// <summary>Goals and placements ⇄ rows of the Goals table, one partition per circle (<see cref="Keys.CirclePartition"/>).</summary>
/// <remarks>
/// Row keys start with the author's id after the kind ("goal_{author}_{slot}", "placement_{author}_{goal}_{yyyy-MM}"): a member's
/// rows are one key range, erasure finds them by key, and a goal's slot (1 to 3) is its key, so a fourth cannot be inserted.
/// </remarks>
internal static class GoalRows
{
    public const string Goals = "goal_";
    public const string Placements = "placement_";

    public static string GoalKey(PersonId author, int slot) => $"{Goals}{author}_{slot}";

    public static string PlacementKey(GoalPlacement p) => $"{Placements}{p.Author}_{p.GoalId:N}_{p.Month}";

    public static TableEntity ToRow(string partition, Goal goal) => new(partition, GoalKey(goal.Author, goal.Slot))
    {
        ["AuthorId"] = goal.Author.Value,
        ["Json"] = JsonSerializer.Serialize(StoredGoal.From(goal), StoredJson.Options),
    };

    public static Goal ToGoal(TableEntity row) =>
        (JsonSerializer.Deserialize<StoredGoal>(row.GetString("Json"), StoredJson.Options) ?? throw new InvalidDataException("Stored goal is null.")).ToGoal();

    public static TableEntity ToRow(string partition, GoalPlacement p) => new(partition, PlacementKey(p))
    {
        ["AuthorId"] = p.Author.Value,
        ["GoalId"] = p.GoalId,
        ["Month"] = p.Month,
        ["Level"] = p.Level,
        ["PlacedAt"] = p.PlacedAt,
    };

    public static GoalPlacement ToPlacement(TableEntity row) => new(
        row.GetGuid("GoalId") ?? Guid.Empty, new PersonId(row.GetGuid("AuthorId") ?? Guid.Empty), row.GetString("Month"),
        row.GetInt32("Level") ?? 0, row.GetDateTimeOffset("PlacedAt") ?? default);

    /// <summary>A goal as stored: plain values, so the JSON does not depend on the domain's types.</summary>
    private sealed record StoredGoal(
        Guid Id, Guid Author, int Slot, GoalKind Kind, string Title, IReadOnlyList<string> Levels, int Weight, int Baseline, GoalSharing Sharing,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    {
        public static StoredGoal From(Goal g) =>
            new(g.Id, g.Author.Value, g.Slot, g.Kind, g.Title, g.Scale.Levels, g.Weight, g.Baseline, g.Sharing, g.CreatedAt, g.UpdatedAt);

        public Goal ToGoal() =>
            new(Id, new PersonId(Author), Slot, Kind, Title, GoalScale.Stored(Levels), Weight, Baseline, Sharing, CreatedAt, UpdatedAt);
    }
}
