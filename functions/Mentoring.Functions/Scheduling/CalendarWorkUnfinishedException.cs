namespace Mentoring.Functions.Scheduling;

/// <summary>Thrown so the queue delivers a calendar work message again (the calendar was unavailable, say).</summary>
public sealed class CalendarWorkUnfinishedException(string message) : Exception(message);
