using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A circle's series: who organizes it, the transaction id that makes its creation idempotent, and what Graph returned.</summary>
/// <remarks>
/// The organizer is the member who scheduled the series: it lives in their own calendar, never in someone else's.
/// <see cref="AttendeesOutdated"/> is the intent written with a membership change, in the same save: the series' attendees
/// must be updated; it is cleared once the calendar confirmed it, so a crash or an outage in between only delays it.
/// <see cref="EndReason"/> is set only when the series ended without the circle closing (an error code members read, e.g.
/// <see cref="DeletedInOutlook"/>).
/// </remarks>
public sealed record CircleSchedule(ScheduleState State, PersonId Organizer, string TransactionId, MeetingSeries? Series, DateTimeOffset RequestedAt, string? EndReason = null)
{
    /// <summary>The end reason of a series someone deleted in Outlook: the calendar no longer knows its master.</summary>
    public const string DeletedInOutlook = "series.deletedInOutlook";

    /// <summary>The members changed since the series' attendees were last written.</summary>
    public bool AttendeesOutdated { get; init; }

    /// <summary>
    /// Set when the series was made in Outlook and adopted (the Graph id of its master in the organizer's calendar): the
    /// product then reads that item instead of creating a series, and never creates one for this schedule.
    /// </summary>
    public string? AdoptedEventId { get; init; }

    /// <summary>Whether the series is (or will be) in the organizer's calendar, so its attendees, sessions and end concern it.</summary>
    public bool IsLive => State is ScheduleState.Pending or ScheduleState.Scheduled;

    public static CircleSchedule Pending(PersonId organizer, string transactionId, DateTimeOffset now) =>
        new(ScheduleState.Pending, organizer, transactionId, null, now);

    /// <summary>An adoption recorded, not yet confirmed (the item not sent yet, or the calendar unavailable): the timer finishes it.</summary>
    public static CircleSchedule Adopting(PersonId organizer, string eventId, DateTimeOffset now) =>
        new(ScheduleState.Pending, organizer, "adopt-" + eventId, null, now) { AdoptedEventId = eventId };

    public CircleSchedule Confirm(MeetingSeries series) => this with { State = ScheduleState.Scheduled, Series = series };

    /// <summary>The schedule once its series is gone from the organizer's calendar: ended, and saying why.</summary>
    public CircleSchedule DeletedFromCalendar() => this with { State = ScheduleState.Ended, EndReason = DeletedInOutlook };
}
