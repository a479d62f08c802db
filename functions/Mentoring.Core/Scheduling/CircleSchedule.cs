using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A circle's series: who organizes it, the transaction id that makes its creation idempotent, and what Graph returned.</summary>
/// <remarks>The organizer is the mentor of a mentorship, or the peer who scheduled a peer group.</remarks>
public sealed record CircleSchedule(ScheduleState State, PersonId Organizer, string TransactionId, MeetingSeries? Series, DateTimeOffset RequestedAt)
{
    public static CircleSchedule Pending(PersonId organizer, string transactionId, DateTimeOffset now) =>
        new(ScheduleState.Pending, organizer, transactionId, null, now);

    public CircleSchedule Confirm(MeetingSeries series) => this with { State = ScheduleState.Scheduled, Series = series };
}
