namespace Mentoring.Core.Scheduling;

/// <summary>Which weekday of the month, as Graph's <c>weekIndex</c>.</summary>
public enum WeekOfMonth
{
    First,
    Second,
    Third,
    Fourth,
    Last,
}
