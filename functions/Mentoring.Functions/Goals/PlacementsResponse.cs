using Mentoring.Core.Goals;

namespace Mentoring.Functions.Goals;

/// <summary>The placements written, and the month they count for.</summary>
public sealed record PlacementsResponse(IReadOnlyList<PlacementResponse> Placements)
{
    public static PlacementsResponse From(IReadOnlyList<GoalPlacement> placements) =>
        new([.. placements.Select(p => new PlacementResponse(p.GoalId.ToString(), p.Month, p.Level))]);
}

/// <summary>One goal's level for a month.</summary>
public sealed record PlacementResponse(string GoalId, string Month, int Level);
