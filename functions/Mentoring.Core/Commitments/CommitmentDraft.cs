namespace Mentoring.Core.Commitments;

/// <summary>A new commitment as a member sends it; no due date means "by the next session"; a goal id names the goal it serves.</summary>
public sealed record CommitmentDraft(string? Text, DateOnly? DueDate, Guid? GoalId = null);
