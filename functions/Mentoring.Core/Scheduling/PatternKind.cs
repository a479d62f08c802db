namespace Mentoring.Core.Scheduling;

/// <summary>The shape of a recurrence, as a request names it.</summary>
public enum PatternKind
{
    Weekly,
    MonthlyOnDay,
    MonthlyOnWeekday,
}
