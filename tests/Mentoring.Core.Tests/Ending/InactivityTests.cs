using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Ending;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Ending;

/// <summary>Issue 23.6's inactivity rule on fixed dates: three cadences without a session held flag the circle; 7 days without an
/// answer warn, 14 close; a session held or an answer ends the flag; "held" means two members were there.</summary>
public sealed class InactivityTests
{
    private static readonly DateTimeOffset Created = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static Circle Fortnightly => PeerGroup with { Cadence = PeerGroup.Cadence with { Pattern = new WeeklyPattern(2, DayOfWeek.Monday) } };

    private static Circle Monthly => PeerGroup with { Cadence = PeerGroup.Cadence with { Pattern = new MonthlyOnDayPattern(1, 3) } };

    private static readonly Circle PeerGroup = ACircle.PeerGroupOf(3) with { CreatedAt = Created };

    private static PersonId Member(int i) => PeerGroup.Members[i].PersonId;

    [Theory]
    [InlineData(-1, InactivityStep.None)]
    [InlineData(0, InactivityStep.Raise)]
    public void A_fortnightly_circle_is_flagged_six_weeks_after_its_last_session_held(int minutes, InactivityStep expected)
    {
        var held = Created.AddDays(10);

        Assert.Equal(expected, Inactivity.Next(Fortnightly, held, null, held.AddDays(42).AddMinutes(minutes)));
    }

    [Fact]
    public void A_monthly_circle_counts_three_calendar_months_from_its_creation_when_it_never_met()
    {
        Assert.Equal(new DateTimeOffset(2031, 6, 3, 9, 0, 0, TimeSpan.Zero), Inactivity.InactiveAt(Monthly.Cadence, Created));
        Assert.Equal(InactivityStep.None, Inactivity.Next(Monthly, null, null, new DateTimeOffset(2031, 6, 3, 8, 59, 0, TimeSpan.Zero)));
        Assert.Equal(InactivityStep.Raise, Inactivity.Next(Monthly, null, null, new DateTimeOffset(2031, 6, 3, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Choosing_to_restart_gives_three_cadences_again_from_the_answer()
    {
        var answered = InactivityFlag.Raise(Created.AddDays(42)).Resolve(InactivityChoice.Restart, Created.AddDays(45));

        Assert.Equal(InactivityStep.None, Inactivity.Next(Fortnightly, null, answered, Created.AddDays(45 + 41)));
        Assert.Equal(InactivityStep.Raise, Inactivity.Next(Fortnightly, null, answered, Created.AddDays(45 + 42)));
    }

    [Theory]
    [InlineData(6, InactivityStep.None)]
    [InlineData(7, InactivityStep.Warn)]
    [InlineData(13, InactivityStep.Warn)]
    [InlineData(14, InactivityStep.Close)]
    public void An_unanswered_flag_warns_seven_days_before_closing_and_closes_after_fourteen(int days, InactivityStep expected)
    {
        var raised = InactivityFlag.Raise(Created.AddDays(42));

        Assert.Equal(expected, Inactivity.Next(Fortnightly, null, raised, raised.RaisedAt.AddDays(days)));
    }

    [Fact]
    public void The_warning_is_given_once()
    {
        var warned = InactivityFlag.Raise(Created.AddDays(42)) with { WarnedAt = Created.AddDays(49) };

        Assert.Equal(InactivityStep.None, Inactivity.Next(Fortnightly, null, warned, Created.AddDays(52)));
    }

    [Fact]
    public void A_session_held_after_the_flag_ends_it_and_one_held_before_does_not()
    {
        var raised = InactivityFlag.Raise(Created.AddDays(42));

        Assert.Equal(InactivityStep.Resolve, Inactivity.Next(Fortnightly, Created.AddDays(44), raised, Created.AddDays(45)));
        Assert.Equal(InactivityStep.None, Inactivity.Next(Fortnightly, Created.AddDays(1), raised, Created.AddDays(45)));
    }

    [Theory]
    [InlineData(CircleStatus.Paused)]
    [InlineData(CircleStatus.Closed)]
    public void A_circle_not_active_is_never_flagged_nor_closed(CircleStatus status)
    {
        var circle = Fortnightly.WithStatus(status);

        Assert.Equal(InactivityStep.None, Inactivity.Next(circle, null, null, Created.AddYears(1)));
        Assert.Equal(InactivityStep.None, Inactivity.Next(circle, null, InactivityFlag.Raise(Created.AddDays(42)), Created.AddYears(1)));
    }

    [Fact]
    public void A_close_chosen_but_not_done_is_finished()
    {
        var chosen = InactivityFlag.Raise(Created.AddDays(42)).Resolve(InactivityChoice.Close, Created.AddDays(43));

        Assert.Equal(InactivityStep.Close, Inactivity.Next(Fortnightly, null, chosen, Created.AddDays(43)));
    }

    [Fact]
    public void A_session_is_held_when_two_members_were_there_by_Teams_report_or_by_their_own_answer()
    {
        var now = Created.AddDays(60);
        Session[] sessions = [SessionAt(10), SessionAt(24), SessionAt(38), SessionAt(52) with { State = SessionState.Cancelled }, SessionAt(66)];
        SessionAttendance[] attendance =
        [
            Teams(sessions[0], Member(0)),
            Teams(sessions[1], Member(0)),
            Teams(sessions[2], Member(0), Member(1)),
            Teams(sessions[3], Member(0), Member(1)),
        ];

        // Only one person in the meeting of day 10; on day 24 a second member says they attended: held.
        Assert.Equal(sessions[2].Start, Inactivity.LastHeld(sessions, attendance, [], now));
        Assert.Equal(sessions[1].Start, Inactivity.LastHeld(sessions[..2], attendance, [Attended(sessions[1], Member(1))], now));
        Assert.Null(Inactivity.LastHeld(sessions[..1], attendance, [Attended(sessions[0], Member(0))], now));
        Assert.Null(Inactivity.LastHeld(sessions[..1], attendance, [Attended(sessions[0], Member(1)) with { Attended = false }], now));
    }

    private static Session SessionAt(int day)
    {
        var start = Created.AddDays(day);
        return new Session(Session.IdFor(start), null, start, start, start.AddHours(1), SessionState.Ended);
    }

    private static SessionAttendance Teams(Session s, params PersonId[] present) =>
        new(s.Id, Member(0), AttendanceSource.Teams, [.. present.Select(p => new AttendedPerson(p, 3_000))], 0, s.End);

    private static FollowUp Attended(Session s, PersonId member) => new(s.Id, member, true, [], [], "", null, [], 1, s.End);
}
