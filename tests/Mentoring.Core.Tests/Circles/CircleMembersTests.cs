using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Adding and removing peers keeps a peer group within three to five; a mentorship's members are fixed.</summary>
public sealed class CircleMembersTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void AddingAPeerBelowFive_AppendsThemAsPeerWithoutObjective(int size)
    {
        var circle = ACircle.PeerGroupOf(size);
        var newcomer = APerson.Named("Newcomer");

        var added = circle.AddMember(newcomer).Value;

        Assert.Equal([.. circle.Members, new Member(newcomer.Id, MemberRole.Peer, "Newcomer", "")], added.Members);
        Assert.Equal(circle with { Members = added.Members }, added);
    }

    [Fact]
    public void AddingASixthPeer_IsRefusedOnPersonIdWithSizeBounds()
    {
        var error = ResultAssert.Invalid(ACircle.PeerGroupOf(5).AddMember(APerson.Named("Sixth")), "personId", "peerGroup.size");

        Assert.Equal(6, error.Args!["actual"]);
    }

    [Fact]
    public void AddingSomeoneAlreadyIn_IsAConflict()
    {
        var circle = ACircle.PeerGroupOf(3);
        var alreadyIn = APerson.Named(circle.Members[1].DisplayName) with { Id = circle.Members[1].PersonId };

        ResultAssert.Conflict(circle.AddMember(alreadyIn), "member.alreadyIn");
    }

    [Fact]
    public void AddingToAPausedPeerGroup_IsAllowed()
    {
        var added = ACircle.PeerGroupOf(3).WithStatus(CircleStatus.Paused).AddMember(APerson.Named("Newcomer"));

        Assert.Equal(4, added.Value.Members.Count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void RemovingAPeerAboveThree_KeepsTheOthersInOrder(int size)
    {
        var circle = ACircle.PeerGroupOf(size);
        var leaving = circle.Members[1];

        var removed = circle.RemoveMember(leaving.PersonId, leaving.PersonId).Value;

        Assert.Equal(circle.Members.Where(m => m != leaving), removed.Members);
    }

    [Fact]
    public void RemovingAPeerFromThree_IsRefusedOnPersonIdWithSizeBounds()
    {
        var circle = ACircle.PeerGroupOf(3);

        var error = ResultAssert.Invalid(circle.RemoveMember(circle.Members[2].PersonId, circle.Members[2].PersonId), "personId", "peerGroup.size");

        Assert.Equal(2, error.Args!["actual"]);
    }

    [Fact]
    public void RemovingSomeoneNotIn_IsNotFound()
    {
        var group = ACircle.PeerGroupOf(4);

        var result = group.RemoveMember(group.Members[0].PersonId, APerson.Named("Stranger").Id);

        ResultAssert.SingleError(result, ErrorKind.NotFound, "member.notFound");
    }

    [Fact]
    public void AddingToAMentorship_IsRefusedAsFixedMembers()
    {
        ResultAssert.Invalid(ACircle.Mentorship().AddMember(APerson.Named("Third")), "personId", "mentorship.fixedMembers");
    }

    [Fact]
    public void RemovingFromAMentorship_IsRefusedAsFixedMembers()
    {
        var mentorship = ACircle.Mentorship();

        ResultAssert.Invalid(mentorship.RemoveMember(mentorship.Members[0].PersonId, mentorship.Members[1].PersonId), "personId", "mentorship.fixedMembers");
    }

    [Fact]
    public void HasMember_IsTrueOnlyForMembers()
    {
        var circle = ACircle.Mentorship();

        Assert.True(circle.HasMember(circle.Members[0].PersonId));
        Assert.False(circle.HasMember(APerson.Named("Stranger").Id));
    }
}
