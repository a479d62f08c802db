using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Who may do what: each person acts only in their own calendar, a peer removes only themselves.</summary>
public sealed class CircleRulesTests
{
    private static readonly DateTimeOffset Now = ACircleDraft.Now;

    [Fact]
    public void APeerRemovingAnotherPeer_IsForbidden_WithOrWithoutASeries()
    {
        var group = ACircle.PeerGroupOf(4);

        Forbidden(group.RemoveMember(group.Member(1), group.Member(2)), "member.removeOthers.organizerOnly");
        Forbidden(group.OrganizedBy(0).RemoveMember(group.Member(1), group.Member(2)), "member.removeOthers.organizerOnly");
    }

    [Fact]
    public void TheOrganizerRemovingAPeer_RemovesThem_AndAsksForTheSeriesAttendeesToFollow()
    {
        var group = ACircle.PeerGroupOf(4).OrganizedBy(0);

        var removed = group.RemoveMember(group.Member(0), group.Member(3)).Value;

        Assert.DoesNotContain(removed.Members, m => m.PersonId == group.Member(3));
        Assert.True(removed.Schedule!.AttendeesOutdated);
    }

    [Fact]
    public void APeerLeaving_IsAllowed_AndTheSeriesAttendeesFollow()
    {
        var group = ACircle.PeerGroupOf(4).OrganizedBy(0);

        var left = group.RemoveMember(group.Member(2), group.Member(2)).Value;

        Assert.Equal(3, left.Members.Count);
        Assert.True(left.Schedule!.AttendeesOutdated);
    }

    [Fact]
    public void TheOrganizerLeavingTheirPeerGroup_IsAConflict_TheSeriesLivesInTheirCalendar()
    {
        var group = ACircle.PeerGroupOf(4).OrganizedBy(1);

        ResultAssert.Conflict(group.RemoveMember(group.Member(1), group.Member(1)), "member.organizerLeaving");
    }

    [Fact]
    public void AddingAPeer_ToAScheduledGroup_AsksForTheAttendeesToFollow_WithoutASeries_ChangesNoSchedule()
    {
        var group = ACircle.PeerGroupOf(3);

        Assert.True(group.OrganizedBy(0).AddMember(APerson.Named("Nouvelle")).Value.Schedule!.AttendeesOutdated);
        Assert.Null(group.AddMember(APerson.Named("Nouvelle")).Value.Schedule);
    }

    [Fact]
    public void TheMenteeLeavingAMentorship_ClosesIt_AndAsksForTheMentorsSeriesToEnd()
    {
        var mentorship = ACircle.Mentorship().OrganizedBy(0);

        var left = mentorship.RemoveMember(mentorship.Member(1), mentorship.Member(1)).Value;

        Assert.Equal((CircleStatus.Closed, ScheduleState.Ending), (left.Status, left.Schedule!.State));
        Assert.Equal(mentorship.Members, left.Members);
    }

    [Theory]
    [InlineData(CircleStatus.Closed, "circle.close.organizerOnly")]
    [InlineData(CircleStatus.Paused, "circle.pause.organizerOnly")]
    public void ClosingOrPausingAScheduledCircle_ByAnotherMember_IsForbidden_NamingTheOrganizer(CircleStatus target, string code)
    {
        var group = ACircle.PeerGroupOf(3).OrganizedBy(0);

        var error = Forbidden(group.ChangeStatus(group.Member(1), target, Now), code);

        Assert.Equal(group.Members[0].DisplayName, error.Args!["organizer"]);
    }

    [Fact]
    public void ResumingAPausedSeries_ByAnotherMember_IsForbidden()
    {
        var group = ACircle.PeerGroupOf(3);
        var paused = group.WithSchedule(group.Member(0), ScheduleState.Paused) with { Status = CircleStatus.Paused };

        Forbidden(paused.ChangeStatus(group.Member(2), CircleStatus.Active, Now), "circle.pause.organizerOnly");
    }

    [Fact]
    public void WithoutASeries_AnyMemberMayPauseOrClose()
    {
        var group = ACircle.PeerGroupOf(3);

        Assert.Equal(CircleStatus.Paused, group.ChangeStatus(group.Member(2), CircleStatus.Paused, Now).Value.Status);
        Assert.Equal(CircleStatus.Closed, group.ChangeStatus(group.Member(2), CircleStatus.Closed, Now).Value.Status);
    }

    [Fact]
    public void TheOrganizerClosing_AsksForTheSeriesToEnd()
    {
        var group = ACircle.PeerGroupOf(3).OrganizedBy(0);

        Assert.Equal(ScheduleState.Ending, group.ChangeStatus(group.Member(0), CircleStatus.Closed, Now).Value.Schedule!.State);
    }

    [Fact]
    public void OnlyTheOrganizer_ChangesTheCadenceOrCancelsASession_AndAnyoneMayBeforeThereIsASeries()
    {
        var group = ACircle.PeerGroupOf(3);
        var scheduled = group.OrganizedBy(0);

        Assert.Equal((ErrorKind.Forbidden, "cadence.organizerOnly"), Pair(CircleRules.OrganizerOnly(scheduled, group.Member(1), "cadence.organizerOnly")));
        Assert.Null(CircleRules.OrganizerOnly(scheduled, group.Member(0), "cadence.organizerOnly"));
        Assert.Null(CircleRules.OrganizerOnly(group, group.Member(1), "cadence.organizerOnly"));
        Assert.Null(CircleRules.OrganizerOnly(group.WithSchedule(group.Member(0), ScheduleState.Ended), group.Member(1), "session.organizerOnly"));
    }

    private static (ErrorKind, string)? Pair(Error? error) => error is null ? null : (error.Kind, error.Code);

    private static Error Forbidden<T>(Result<T> result, string code) => ResultAssert.SingleError(result, ErrorKind.Forbidden, code);
}
