using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Circles whose series exists in one member's calendar, for the tests of who may do what.</summary>
internal static class AScheduledCircle
{
    public static readonly MeetingSeries Series = new("master-1", "ical-1", "https://teams.microsoft.com/l/meetup-join/1", null);

    /// <summary>The circle with its series scheduled by the member at <paramref name="organizerIndex"/>.</summary>
    public static Circle OrganizedBy(this Circle circle, int organizerIndex) =>
        circle.WithSchedule(circle.Members[organizerIndex].PersonId, ScheduleState.Scheduled);

    public static Circle WithSchedule(this Circle circle, PersonId organizer, ScheduleState state) =>
        circle with { Schedule = CircleSchedule.Pending(organizer, "tx-1", ACircleDraft.Now).Confirm(Series) with { State = state } };

    public static PersonId Member(this Circle circle, int index) => circle.Members[index].PersonId;
}
