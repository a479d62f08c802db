namespace Mentoring.Core.Scheduling;

/// <summary>Where the timer reports what went wrong or changed for one circle; the host logs it with the circle's ids.</summary>
/// <remarks>Core has no logging dependency: this port is its whole reporting surface, and a test can record it.</remarks>
public interface IScheduleVisitLog
{
    /// <summary>An expected failure (the calendar unavailable, say): the circle stays listed and is tried again next time.</summary>
    void Failed(ScheduledCircle circle, ScheduleState state, Common.Error error);

    /// <summary>An unexpected failure (a request the calendar refused, a bug): the circle stays listed, the others go on.</summary>
    void Crashed(ScheduledCircle circle, Exception exception);

    /// <summary>The series is gone from the organizer's calendar: the circle's schedule ended with <paramref name="reason"/>.</summary>
    void SeriesEnded(ScheduledCircle circle, string reason);

    /// <summary>The series' recurrence differed from the stored cadence and was patched back to it.</summary>
    void Repaired(ScheduledCircle circle);
}
