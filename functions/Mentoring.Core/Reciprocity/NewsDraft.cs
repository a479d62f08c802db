namespace Mentoring.Core.Reciprocity;

/// <summary>What a mentee tells their mentor.</summary>
public sealed record NewsDraft(string? Text);
