namespace Mentoring.Core.Goals;

/// <summary>"Where I stand" on one of my goals: a level from −2 to +2.</summary>
public sealed record PlacementDraft(Guid? GoalId, int? Level);
