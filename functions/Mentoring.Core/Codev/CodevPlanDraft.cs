namespace Mentoring.Core.Codev;

/// <summary>The client's action plan: each step they commit to, and the consultant whose idea it was, when it was one.</summary>
public sealed record CodevPlanDraft(IReadOnlyList<CodevPlanStep>? Steps);

/// <param name="IdeaFrom">The consultant whose idea the client kept (they get a thanks); null for the client's own idea.</param>
public sealed record CodevPlanStep(string? Text, string? IdeaFrom = null);
