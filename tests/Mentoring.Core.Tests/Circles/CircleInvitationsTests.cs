using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Nobody is in a circle without saying yes: the creator is its one member, the others are invited until they answer.</summary>
public sealed class CircleInvitationsTests
{
    [Fact]
    public void A_created_mentorship_has_its_creator_as_only_member_and_invites_the_other_person_it_is_not_ready()
    {
        var (mentor, mentee) = (APerson.Named("Alice"), APerson.Named("Bruno"));
        var circle = (ACircleDraft.Mentorship(mentor, mentee).By(mentee) with { EveryoneAgreed = false }).CreateValid();

        Assert.Equal([mentee.Id], circle.Members.Select(m => m.PersonId));
        var invitee = Assert.Single(circle.Invited);
        Assert.Equal((mentor.Id, MemberRole.Mentor, mentee.Id, false), (invitee.PersonId, invitee.Member.Role, invitee.InvitedBy, invitee.Declined));
        Assert.False(circle.IsReady);
    }

    [Fact]
    public void Accepting_makes_the_invitee_a_member_and_declining_a_mentorship_closes_it()
    {
        var (mentor, mentee) = (APerson.Named("Alice"), APerson.Named("Bruno"));
        var circle = (ACircleDraft.Mentorship(mentor, mentee).By(mentee) with { EveryoneAgreed = false }).CreateValid();

        var accepted = CircleInvitations.Accept(circle, mentor.Id).Value;
        var declined = CircleInvitations.Decline(circle, mentor.Id).Value;

        Assert.True(accepted.IsReady);
        Assert.Empty(accepted.Invited);
        Assert.Equal(CircleStatus.Closed, declined.Status);
        Assert.True(Assert.Single(declined.Invited).Declined);
        ResultAssert.SingleError(CircleInvitations.Accept(declined, mentor.Id), Mentoring.Core.Common.ErrorKind.NotFound, "invitation.notFound");
    }
}
