namespace Mentoring.Core.Scheduling;

/// <summary>When a series stops: after a number of sessions or on an end date (inclusive, local to the circle).</summary>
public abstract record SeriesRange;

/// <summary>Stops after <see cref="Count"/> sessions (1–100).</summary>
public sealed record NumberedRange(int Count) : SeriesRange;

/// <summary>Stops on <see cref="EndDate"/>, inclusive.</summary>
public sealed record EndDateRange(DateOnly EndDate) : SeriesRange;
