namespace Mentoring.Core.Scheduling;

/// <summary>How often a circle meets; the three shapes Graph's <c>patternedRecurrence</c> can express for one meeting a period.</summary>
/// <remarks><see cref="Interval"/> is at least 1: weeks for <see cref="WeeklyPattern"/>, months otherwise.</remarks>
public abstract record RecurrencePattern(int Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> weeks on <see cref="Day"/>.</summary>
public sealed record WeeklyPattern(int Interval, DayOfWeek Day) : RecurrencePattern(Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> months on day <see cref="DayOfMonth"/> (1–31).</summary>
/// <remarks>
/// In a month shorter than <see cref="DayOfMonth"/> the session falls on that month's last day (the 31st gives 30 April and
/// 28 or 29 February): Exchange documents this for <c>AbsoluteMonthlyRecurrence/DayOfMonth</c> ("if for a particular month this
/// value is larger than the number of days in the month, the last day of the month is assumed", learn.microsoft.com
/// exchange/client-developer/web-service-reference/dayofmonth), and Graph's <c>absoluteMonthly</c> is the same Exchange
/// recurrence. RFC 5545 differs: it skips such months, so an iCalendar emulator must not use a bare <c>BYMONTHDAY</c>.
/// </remarks>
public sealed record MonthlyOnDayPattern(int Interval, int DayOfMonth) : RecurrencePattern(Interval);

/// <summary>Every <see cref="RecurrencePattern.Interval"/> months on the <see cref="Week"/> <see cref="Day"/> (the last Friday, say).</summary>
public sealed record MonthlyOnWeekdayPattern(int Interval, WeekOfMonth Week, DayOfWeek Day) : RecurrencePattern(Interval);
