using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Privacy;

/// <summary>What an erased person's leaving does to each kind of circle.</summary>
public sealed class CircleErasureTests
{
    [Fact]
    public void A_peer_group_of_four_goes_on_with_three_and_keeps_its_series_when_another_member_organizes_it()
    {
        var group = ACircle.PeerGroupOf(4).OrganizedBy(0);
        var erased = group.Member(2);

        var after = CircleErasure.Forget(group, erased);

        Assert.Equal(CircleStatus.Active, after.Status);
        Assert.Equal(3, after.Members.Count);
        Assert.False(after.HasMember(erased));
        Assert.False(after.HasMember(FormerMember.Id));
        Assert.Equal(ScheduleState.Scheduled, after.Schedule!.State);
        Assert.False(after.Schedule.AttendeesOutdated);
    }

    [Fact]
    public void A_peer_group_left_with_two_closes_with_a_former_member_in_the_erased_ones_place()
    {
        var group = ACircle.PeerGroupOf(3).OrganizedBy(0);
        var erased = group.Member(1);

        var after = CircleErasure.Forget(group, erased);

        Assert.Equal(CircleStatus.Closed, after.Status);
        Assert.Equal([group.Member(0), FormerMember.Id, group.Member(2)], after.Members.Select(m => m.PersonId));
        Assert.Equal("", after.Members[1].DisplayName);
        Assert.Equal(ScheduleState.Ending, after.Schedule!.State);
    }

    [Fact]
    public void The_organizers_series_ends_with_them_and_names_them_no_more()
    {
        var group = ACircle.PeerGroupOf(4).OrganizedBy(0);

        var after = CircleErasure.Forget(group, group.Member(0));

        Assert.Equal(CircleStatus.Active, after.Status);
        Assert.Equal((ScheduleState.Ended, FormerMember.Id, CircleErasure.OrganizerErased), (after.Schedule!.State, after.Schedule.Organizer, after.Schedule.EndReason));
    }

    [Fact]
    public void A_mentorship_closes_even_when_already_closed_and_keeps_the_others_history()
    {
        var mentorship = ACircle.Mentorship().WithStatus(CircleStatus.Closed);
        var mentee = mentorship.Members.Single(m => m.Role == MemberRole.Mentee);

        var after = CircleErasure.Forget(mentorship, mentee.PersonId);

        Assert.Equal(CircleStatus.Closed, after.Status);
        Assert.Contains(after.Members, m => m.PersonId == FormerMember.Id && m.Role == MemberRole.Mentee && m.Objective == "");
        Assert.Contains(after.Members, m => m.Role == MemberRole.Mentor && m.PersonId != FormerMember.Id);
    }

    [Fact]
    public void When_both_people_of_a_mentorship_erase_one_former_member_remains()
    {
        var mentorship = ACircle.Mentorship();

        var after = CircleErasure.Forget(CircleErasure.Forget(mentorship, mentorship.Member(0)), mentorship.Member(1));

        Assert.Equal([FormerMember.Id], after.Members.Select(m => m.PersonId));
    }

    [Fact]
    public void A_circle_they_are_not_in_is_unchanged()
    {
        var group = ACircle.PeerGroupOf(3);

        Assert.Same(group, CircleErasure.Forget(group, APerson.Named("Outsider").Id));
    }
}
