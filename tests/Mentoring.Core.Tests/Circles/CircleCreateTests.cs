using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Scheduling;

namespace Mentoring.Core.Tests.Circles;

/// <summary>What <see cref="Circle.Create"/> accepts: the kinds, their members and the caller's place among them.</summary>
public sealed class CircleCreateTests
{
    [Fact]
    public void ValidMentorship_IsActiveWithMentorAndMenteeFromTheDirectory()
    {
        var mentor = APerson.Named("Alice");
        var mentee = APerson.Named("Bruno");
        var draft = ACircleDraft.Mentorship(mentor, mentee);

        var circle = draft.CreateValid();

        Assert.Equal((draft.Id, APerson.Tenant, CircleKind.Mentorship, CircleStatus.Active, ACircleDraft.Now),
            (circle.Id, circle.Tenant, circle.Kind, circle.Status, circle.CreatedAt));
        Assert.Equal(
            [new Member(mentor.Id, MemberRole.Mentor, "Alice", ""), new Member(mentee.Id, MemberRole.Mentee, "Bruno", "")],
            circle.Members);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void PeerGroupOfThreeToFive_IsCreatedWithEveryoneAsPeer(int size)
    {
        var circle = ACircleDraft.PeerGroup(APerson.Several(size)).CreateValid();

        Assert.Equal(size, circle.Members.Count);
        Assert.All(circle.Members, m => Assert.Equal(MemberRole.Peer, m.Role));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void PeerGroupOfTwoOrSix_IsRefusedOnMembersWithSizeBounds(int size)
    {
        var result = ACircleDraft.PeerGroup(APerson.Several(size)).Create();

        var error = ResultAssert.Invalid(result, "members", "peerGroup.size");
        Assert.Equal(new Dictionary<string, object> { ["min"] = 3, ["max"] = 5, ["actual"] = size }, error.Args);
    }

    [Fact]
    public void PeerGroupWithAMentor_IsRefusedOnRoles()
    {
        var peers = APerson.Several(3);
        var draft = ACircleDraft.PeerGroup(peers).WithMembers(AMemberDraft.Mentor(peers[0]), AMemberDraft.Peer(peers[1]), AMemberDraft.Peer(peers[2]));

        ResultAssert.Invalid(draft.Create(), "members", "peerGroup.roles");
    }

    [Fact]
    public void SamePersonTwiceInAPeerGroup_IsRefusedOnTheSecondMention()
    {
        var peers = APerson.Several(3);
        var draft = ACircleDraft.PeerGroup(peers).WithMembers(AMemberDraft.Peer(peers[0]), AMemberDraft.Peer(peers[1]), AMemberDraft.Peer(peers[1]));

        ResultAssert.Invalid(draft.Create(), "members[2].personId", "member.duplicate");
    }

    [Fact]
    public void MentorAndMenteeTheSamePerson_IsRefusedAsSamePerson()
    {
        var alice = APerson.Named("Alice");
        var draft = ACircleDraft.Mentorship(alice).WithMembers(AMemberDraft.Mentor(alice), AMemberDraft.Mentee(alice));

        ResultAssert.Invalid(draft.Create(), "members[1].personId", "mentorship.samePerson");
    }

    [Fact]
    public void MentorshipOfTwoMentors_IsRefusedOnRoles()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentor(a), AMemberDraft.Mentor(b));

        ResultAssert.Invalid(draft.Create(), "members", "mentorship.roles");
    }

    [Fact]
    public void MentorshipOfTwoMentees_IsRefusedOnRoles()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentee(a), AMemberDraft.Mentee(b));

        ResultAssert.Invalid(draft.Create(), "members", "mentorship.roles");
    }

    [Fact]
    public void MentorshipOfTheMentorAlone_IsRefusedOnRoles()
    {
        var mentor = APerson.Named("A");
        var draft = ACircleDraft.Mentorship(mentor).WithMembers(AMemberDraft.Mentor(mentor));

        ResultAssert.Invalid(draft.Create(), "members", "mentorship.roles");
    }

    [Fact]
    public void MentorshipOfThreePeople_IsRefusedOnRoles()
    {
        var (a, b, c) = (APerson.Named("A"), APerson.Named("B"), APerson.Named("C"));
        var draft = ACircleDraft.Mentorship(a, b).Knowing(a, b, c).WithMembers(AMemberDraft.Mentor(a), AMemberDraft.Mentee(b), AMemberDraft.Mentee(c));

        ResultAssert.Invalid(draft.Create(), "members", "mentorship.roles");
    }

    [Fact]
    public void MentorshipMemberWithoutRole_IsRefusedOnThatMembersRole()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentor(a), AMemberDraft.Peer(b));

        ResultAssert.Invalid(draft.Create(), "members[1].role", "required");
    }

    [Fact]
    public void MemberUnknownInTheCallersTenant_IsRefusedOnThatMembersPersonId()
    {
        var peers = APerson.Several(3);
        var draft = ACircleDraft.PeerGroup(peers).Knowing(peers[0], peers[2]);

        ResultAssert.Invalid(draft.Create(), "members[1].personId", "member.unknown");
    }

    [Fact]
    public void MemberOfAnotherTenant_IsUnknown()
    {
        var me = APerson.Named("Me");
        var stranger = APerson.Named("Stranger", APerson.OtherTenant);

        // The directory is asked for the caller's tenant, so it does not find the stranger.
        var draft = ACircleDraft.Mentorship(me, stranger).Knowing(me);

        ResultAssert.Invalid(draft.Create(), "members[1].personId", "member.unknown");
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("")]
    public void PersonIdThatIsNotAnId_IsRefusedAsInvalidId(string personId)
    {
        var peers = APerson.Several(3);
        var draft = ACircleDraft.PeerGroup(peers).WithMembers(AMemberDraft.Peer(peers[0]), AMemberDraft.WithId(personId), AMemberDraft.Peer(peers[2]));

        ResultAssert.Invalid(draft.Create(), "members[1].personId", "id.invalid");
    }

    [Fact]
    public void MissingPersonId_IsRequired()
    {
        var peers = APerson.Several(3);
        var draft = ACircleDraft.PeerGroup(peers).WithMembers(AMemberDraft.Peer(peers[0]), AMemberDraft.Peer(peers[1]), AMemberDraft.WithId(null));

        ResultAssert.Invalid(draft.Create(), "members[2].personId", "required");
    }

    [Fact]
    public void CallerNotAmongMembers_IsRefused()
    {
        var outsider = APerson.Named("Outsider");
        var draft = ACircleDraft.Mentorship().By(outsider);

        ResultAssert.Invalid(draft.Create(), "members", "circle.callerNotMember");
    }

    [Fact]
    public void NoMembersAtAll_IsRefusedOnRolesAndCallerMembership()
    {
        var result = ACircleDraft.Mentorship().WithMembers().Create();

        Assert.Equal(["mentorship.roles", "circle.callerNotMember"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void MissingKind_IsRequired()
    {
        ResultAssert.Invalid(ACircleDraft.Mentorship().WithKind(null).Create(), "kind", "required");
    }

    [Fact]
    public void SeveralBrokenRules_AreReportedTogether()
    {
        var draft = ACircleDraft.PeerGroup().Named("").WithObjective(new string('x', 2_001)).WithCadence(ACadenceDraftWithoutStartTime());

        var result = draft.Create();

        Assert.Equal(
            [("name", "text.required"), ("objective", "text.tooLong"), ("cadence.startTime", "required")],
            result.Errors.Select(e => (e.Field!, e.Code)));
    }

    [Fact]
    public void CadenceWithoutTimeZone_TakesTheCallersZone()
    {
        var me = APerson.Named("Me", timeZone: "America/Montreal");
        var draft = ACircleDraft.Mentorship(me).WithCadence(ACadenceDraft.Minimal() with { TimeZone = null });

        Assert.Equal("America/Montreal", draft.CreateValid().Cadence.TimeZone);
    }

    [Fact]
    public void MemberObjectives_AreKeptTrimmedPerMember()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentor(a, "  Transmettre  "), AMemberDraft.Mentee(b, "Apprendre"));

        Assert.Equal(["Transmettre", "Apprendre"], draft.CreateValid().Members.Select(m => m.Objective));
    }

    [Fact]
    public void NullMembers_AreEachRequiredByPosition_NotACrash()
    {
        var result = ACircleDraft.PeerGroup().WithMembers(null, null, null).Create();

        Assert.False(result.IsSuccess);
        Assert.Equal(["members[0]", "members[1]", "members[2]"], result.Errors.Where(e => e.Code == "required").Select(e => e.Field));
    }

    [Fact]
    public void A_null_among_members_is_reported_with_the_others_intact()
    {
        var draft = ACircleDraft.PeerGroup();

        var result = draft.WithMembers(draft.Members[0], null, draft.Members[2]).Create();

        ResultAssert.Invalid(result, "members[1]", "required");
    }

    private static CadenceDraft ACadenceDraftWithoutStartTime() => ACadenceDraft.Minimal() with { StartTime = null };
}
