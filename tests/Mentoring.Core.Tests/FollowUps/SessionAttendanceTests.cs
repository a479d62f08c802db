using System.Text.Json.Nodes;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.FollowUps;

/// <summary>A session's Teams attendance: which reports belong to it, the card's pre-filled "attended", the coordinator's counts.</summary>
public sealed class SessionAttendanceTests
{
    private static readonly Session Held = ABoard.Sessions[0];

    [Fact]
    public void Reports_of_the_session_s_window_are_merged_by_person_and_only_members_are_named()
    {
        var circle = Scheduled(ACircle.PeerGroupOf(5));
        var (a, b) = (circle.Members[0].PersonId, circle.Members[1].PersonId);
        var stranger = new PersonId(Guid.NewGuid());
        var reading = new AttendanceReading(AttendanceReadingKind.Reports,
        [
            new TeamsAttendanceReport(Held.Start.AddMinutes(-10), Held.Start.AddMinutes(20), [new AttendedPerson(a, 1_200), new AttendedPerson(stranger, 600)]),
            new TeamsAttendanceReport(Held.Start.AddMinutes(25), Held.End, [new AttendedPerson(a, 900), new AttendedPerson(b, 1_800)], Guests: 1),
            new TeamsAttendanceReport(Held.Start.AddDays(-14), Held.Start.AddDays(-14).AddHours(1), [new AttendedPerson(b, 3_600)]),
        ]);

        var attendance = SessionAttendance.From(circle, Held, reading, ABoard.Now);

        Assert.Equal(AttendanceSource.Teams, attendance.Source);
        Assert.Equal([(a, 2_100), (b, 1_800)], attendance.Attended.OrderBy(p => p.Seconds < 2_000).Select(p => (p.Person, p.Seconds)));
        Assert.Equal(2, attendance.Others);
        Assert.Equal(circle.Schedule!.Organizer, attendance.ReadFor);
        Assert.False(attendance.HasAttended(circle.Members[2].PersonId));
    }

    [Fact]
    public void Without_a_report_in_the_window_attendance_is_unknown_and_the_card_pre_fills_nothing_and_says_why()
    {
        var board = ABoard.Small();
        var circle = Scheduled(board.Circle.Value);
        var attendance = SessionAttendance.From(circle, Held, AttendanceReading.Of(AttendanceReadingKind.NoReport), ABoard.Now);
        var member = circle.Members[1].PersonId;

        var card = Card(board with { Attendance = [attendance] }, member, english: true);

        Assert.Null(attendance.HasAttended(member));
        Assert.Null(Attended(card));
        Assert.Contains(Texts(card), t => t.StartsWith("Teams has no attendance report for this session", StringComparison.Ordinal));
    }

    [Fact]
    public void The_card_pre_fills_attended_from_Teams_until_the_member_answers_otherwise()
    {
        var board = ABoard.Small();
        var (present, absent) = (board.Circle.Value.Members[0].PersonId, board.Circle.Value.Members[1].PersonId);
        var attendance = new SessionAttendance(Held.Id, present, AttendanceSource.Teams, [new AttendedPerson(present, 2_950)], 0, ABoard.Now);
        var withReport = board with { Attendance = [attendance] };
        var answered = withReport with
        {
            FollowUps = [new(new FollowUp(Held.Id, absent, true, [], [], "", null, [], 1, ABoard.Now), "v")],
        };

        Assert.Equal("yes", Attended(Card(withReport, present, english: false)));
        Assert.Contains("D'après Teams, vous étiez dans la réunion 49 min. Corrigez si ce n'est pas juste.", Texts(Card(withReport, present, english: false)));
        Assert.Equal("no", Attended(Card(withReport, absent, english: false)));
        Assert.Equal("yes", Attended(Card(answered, absent, english: false)));
        Assert.Null(Attended(Card(board, absent, english: false)));
    }

    [Fact]
    public void The_coordinator_counts_attendance_only_for_a_circle_of_five_or_more()
    {
        var five = ABoard.Small();
        var members = five.Circle.Value.Members.Select(m => new AttendedPerson(m.PersonId, 3_000)).ToArray();
        var attendance = new SessionAttendance(Held.Id, members[0].Person, AttendanceSource.Teams, members[..4], 0, ABoard.Now);
        var three = five with { Circle = new(ACircle.PeerGroupOf(3), "v") };

        var shown = CohortOverview.Activity(five with { Attendance = [attendance] }, ABoard.Now);
        var hidden = CohortOverview.Activity(three with { Attendance = [attendance] }, ABoard.Now);

        Assert.Equal((1, 4), (shown.SessionsWithTeamsReport, shown.AttendancesPerTeams));
        Assert.Equal((1, (int?)null), (hidden.SessionsWithTeamsReport, hidden.AttendancesPerTeams));
    }

    private static Circle Scheduled(Circle circle) => circle with
    {
        Schedule = new CircleSchedule(ScheduleState.Scheduled, circle.Members[0].PersonId, "tx", new MeetingSeries("m", "i", "https://teams.microsoft.com/l/meetup-join/x", null), ABoard.Now),
    };

    private static JsonObject Card(Mentoring.Core.Agendas.CircleBoard board, PersonId member, bool english) =>
        FollowUpCard.Questions(FollowUpQuestions.For(board, Held.Id, member, ABoard.Now).Value, new CardReader(english, TimeZones.Get("Europe/Paris")));

    private static string[] Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(n => n!["type"]?.GetValue<string>() == "TextBlock").Select(n => n!["text"]!.GetValue<string>())];

    private static string? Attended(JsonObject card) =>
        card["body"]!.AsArray().Single(n => n!["id"]?.GetValue<string>() == FollowUpCard.AttendedInput)!["value"]?.GetValue<string>();
}
