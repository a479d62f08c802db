using Mentoring.Core.Goals;

namespace Mentoring.Functions.Goals;

/// <summary>"Where I stand" this month: one level per goal of mine.</summary>
public sealed record PlacementsRequest(IReadOnlyList<PlacementDraft>? Placements);
