namespace Mentoring.Core.Scheduling;

/// <summary>Where a circle's calendar series stands.</summary>
public enum ScheduleState
{
    /// <summary>Asked for; the calendar has not confirmed it yet (it was unavailable). A timer completes it with the same transaction id.</summary>
    Pending,

    /// <summary>The series exists; <see cref="CircleSchedule.Series"/> says which.</summary>
    Scheduled,

    /// <summary>The circle closed; the calendar has not yet confirmed the series' end. A timer completes it.</summary>
    Ending,

    /// <summary>The series ended with the circle.</summary>
    Ended,

    /// <summary>The circle paused; the calendar has not yet confirmed that its upcoming sessions are gone. A timer completes it.</summary>
    Pausing,

    /// <summary>The circle is paused and its series ends before the pause; resuming creates the rest of it as a new series.</summary>
    Paused,
}
