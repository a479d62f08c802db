namespace Mentoring.Core.Scheduling;

/// <summary>How often a circle meets; the three shapes Graph's <c>patternedRecurrence</c> can express for one meeting a period.</summary>
/// <remarks><see cref="Interval"/> is at least 1: weeks for <see cref="WeeklyPattern"/>, months otherwise.</remarks>
public abstract record RecurrencePattern(int Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> weeks on <see cref="Day"/>.</summary>
public sealed record WeeklyPattern(int Interval, DayOfWeek Day) : RecurrencePattern(Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> months on day <see cref="DayOfMonth"/> (1–31).</summary>
/// <remarks>In a month shorter than <see cref="DayOfMonth"/> there is no session that month, as in Graph and RFC 5545.</remarks>
public sealed record MonthlyOnDayPattern(int Interval, int DayOfMonth) : RecurrencePattern(Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> months on the <see cref="Week"/> <see cref="Day"/> (the last Friday, say).</summary>
public sealed record MonthlyOnWeekdayPattern(int Interval, WeekOfMonth Week, DayOfWeek Day) : RecurrencePattern(Interval);
