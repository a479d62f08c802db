using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Scheduling.Adoption;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Scheduling.Adoption;

/// <summary>Which appointments may become a circle's series, and the cadence read from them.</summary>
public sealed class AppointmentCheckTests
{
    private static readonly DateTimeOffset Now = ACircleDraft.Now;
    private static readonly DateOnly Thursday = new(2026, 2, 5);

    private static readonly Person[] Peers = APerson.Several(3);
    private static readonly Circle PeerGroup = ACircleDraft.PeerGroup(Peers).CreateValid();

    private static CadenceDraft Fortnightly(DateOnly first) =>
        new(PatternKind.Weekly, 2, first.DayOfWeek, FirstDate: first, StartTime: new TimeOnly(18, 0), DurationMinutes: 60, TimeZone: "Europe/Paris", Occurrences: 12);

    private static Appointment Sent(Person organizer, IEnumerable<string> attendees, CadenceDraft? recurrence = null, bool allDay = false, bool recurring = true) =>
        new(organizer.Email, false, allDay, recurring, [.. attendees], recurring ? recurrence ?? Fortnightly(Thursday) : null, new MeetingSeries("AAMk1", "uid", "", null));

    private static string[] Codes(Appointment appointment, Circle circle, Person organizer, IReadOnlyList<Person> others) =>
        [.. AppointmentCheck.Check(appointment, circle, organizer, others, Now).Errors.Select(e => $"{e.Field}:{e.Code}")];

    [Fact]
    public void The_peers_invited_by_the_organizer_give_the_fortnightly_cadence_of_the_appointment()
    {
        // Outlook may list the organizer among the attendees, and addresses differ in case: neither matters.
        var appointment = Sent(Peers[0], [Peers[1].Email.ToUpperInvariant(), Peers[2].Email, Peers[0].Email]);

        var cadence = AppointmentCheck.Check(appointment, PeerGroup, Peers[0], Peers[1..], Now);

        Assert.True(cadence.IsSuccess, string.Join(", ", cadence.Errors.Select(e => e.Code)));
        Assert.Equal(new WeeklyPattern(2, DayOfWeek.Thursday), cadence.Value.Pattern);
        Assert.Equal((Thursday, new TimeOnly(18, 0), TimeSpan.FromHours(1), "Europe/Paris"), (cadence.Value.FirstDate, cadence.Value.StartTime, cadence.Value.Duration, cadence.Value.TimeZone));
        Assert.Equal(new NumberedRange(12), cadence.Value.Range);
    }

    [Fact]
    public void A_monthly_appointment_with_the_mentor_gives_the_same_weekday_each_month()
    {
        var (mentor, mentee) = (APerson.Named("Hugo"), APerson.Named("Camille"));
        var mentorship = ACircleDraft.Mentorship(mentor, mentee).CreateValid();
        var firstThursday = new DateOnly(2026, 3, 5);
        var monthly = new CadenceDraft(PatternKind.MonthlyOnWeekday, 1, DayOfWeek.Thursday, WeekOfMonth: WeekOfMonth.First, FirstDate: firstThursday, StartTime: new TimeOnly(18, 0), DurationMinutes: 45, TimeZone: "Europe/Paris", Occurrences: 6);

        var cadence = AppointmentCheck.Check(Sent(mentee, [mentor.Email], monthly), mentorship, mentee, [mentor], Now);

        Assert.Equal(new MonthlyOnWeekdayPattern(1, WeekOfMonth.First, DayOfWeek.Thursday), cadence.Value.Pattern);
        Assert.Equal(TimeSpan.FromMinutes(45), cadence.Value.Duration);
    }

    [Fact]
    public void Each_bad_appointment_names_its_field_and_reason()
    {
        var outsider = "alex@fabrikam.example";
        Assert.Equal(["attendees:adopt.attendees.none"], Codes(Sent(Peers[0], []), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["attendees:adopt.attendees.count"], Codes(Sent(Peers[0], [Peers[1].Email]), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["attendees:adopt.attendees.count"], Codes(Sent(Peers[0], [.. Enumerable.Range(1, 5).Select(i => $"p{i}@contoso.example")]), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["attendees:adopt.attendee.notMember"], Codes(Sent(Peers[0], [Peers[1].Email, outsider]), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["itemId:adopt.allDay"], Codes(Sent(Peers[0], [Peers[1].Email, Peers[2].Email], allDay: true), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["itemId:adopt.notRecurring"], Codes(Sent(Peers[0], [Peers[1].Email, Peers[2].Email], recurring: false), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["itemId:adopt.notOrganizer"], Codes(Sent(Peers[1], [Peers[0].Email, Peers[2].Email]), PeerGroup, Peers[0], Peers[1..]));
        Assert.Equal(["recurrence.firstDate:cadence.firstDate.past"], Codes(Sent(Peers[0], [Peers[1].Email, Peers[2].Email], Fortnightly(new DateOnly(2025, 12, 25))), PeerGroup, Peers[0], Peers[1..]));
    }

    [Fact]
    public void A_peer_group_of_four_must_invite_all_three_others()
    {
        var four = APerson.Several(4);
        var group = ACircleDraft.PeerGroup(four).CreateValid();

        Assert.Equal(["attendees:adopt.attendees.missingMember"], Codes(Sent(four[0], [four[1].Email, four[2].Email]), group, four[0], four[1..]));
    }
}
