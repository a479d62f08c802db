namespace Mentoring.Core.Goals;

/// <summary>A goal as its author writes it.</summary>
/// <param name="Kind">"targetJob", "skill" or "step".</param>
/// <param name="Levels">The five level texts from −2 to +2, in that order.</param>
/// <param name="Weight">Optional, 1 to 10; 1 when not given.</param>
/// <param name="Baseline">Optional, −2 to +2; −1 (a little below the expected outcome) when not given.</param>
/// <param name="Sharing">"private" (the default) or "circle".</param>
public sealed record GoalDraft(string? Kind, string? Title, IReadOnlyList<string?>? Levels, int? Weight = null, int? Baseline = null, string? Sharing = null);
