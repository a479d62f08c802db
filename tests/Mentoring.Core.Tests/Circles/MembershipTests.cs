using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Circles;

/// <summary>The size and role rules of each kind, as <see cref="Membership"/> states them.</summary>
public sealed class MembershipTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void PeerGroupSize_IsCheckedAgainstThreeToFive(int count, bool refused)
    {
        Assert.Equal(refused, Membership.CheckSize(CircleKind.PeerGroup, count, "f") is { Code: "peerGroup.size", Field: "f" });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void MentorshipSize_IsLeftToTheRoleRule(int count)
    {
        Assert.Null(Membership.CheckSize(CircleKind.Mentorship, count, "f"));
    }

    [Theory]
    [InlineData(new[] { MemberRole.Mentor, MemberRole.Mentee }, true)]
    [InlineData(new[] { MemberRole.Mentee, MemberRole.Mentor }, true)]
    [InlineData(new[] { MemberRole.Mentor, MemberRole.Mentor }, false)]
    [InlineData(new[] { MemberRole.Mentor, MemberRole.Peer }, false)]
    [InlineData(new[] { MemberRole.Mentor }, false)]
    [InlineData(new[] { MemberRole.Mentor, MemberRole.Mentee, MemberRole.Mentee }, false)]
    public void MentorshipRoles_AreExactlyOneMentorAndOneMentee(MemberRole[] roles, bool ok)
    {
        Assert.Equal(ok, Membership.CheckRoles(CircleKind.Mentorship, roles, "f") is null);
    }

    [Theory]
    [InlineData(new[] { MemberRole.Peer, MemberRole.Peer, MemberRole.Peer }, true)]
    [InlineData(new[] { MemberRole.Peer, MemberRole.Mentee, MemberRole.Peer }, false)]
    public void PeerGroupRoles_AreAllPeers(MemberRole[] roles, bool ok)
    {
        Assert.Equal(ok, Membership.CheckRoles(CircleKind.PeerGroup, roles, "f") is null);
    }
}
