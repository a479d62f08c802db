using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Revising objectives: the circle's, and only the acting member's own.</summary>
public sealed class CircleObjectivesTests
{
    [Fact]
    public void RevisingTheCircleObjective_ChangesItAndLeavesMembersAlone()
    {
        var circle = ACircle.PeerGroupOf(3);

        var revised = circle.ReviseObjectives(circle.Members[0].PersonId, "  Nouveau cap  ", null).Value;

        Assert.Equal("Nouveau cap", revised.Objective);
        Assert.Same(circle.Members, revised.Members);
    }

    [Fact]
    public void RevisingOnesOwnObjective_ChangesOnlyThatMembersObjective()
    {
        var circle = ACircle.PeerGroupOf(3);
        var me = circle.Members[1];

        var revised = circle.ReviseObjectives(me.PersonId, null, "Oser dire non").Value;

        Assert.Equal(circle.Objective, revised.Objective);
        Assert.Equal([circle.Members[0], me with { Objective = "Oser dire non" }, circle.Members[2]], revised.Members);
    }

    [Fact]
    public void RevisingBoth_ChangesBoth()
    {
        var circle = ACircle.Mentorship();
        var mentee = circle.Members[1];

        var revised = circle.ReviseObjectives(mentee.PersonId, "Cap commun", "Mon cap").Value;

        Assert.Equal(("Cap commun", "Mon cap", ""), (revised.Objective, revised.Members[1].Objective, revised.Members[0].Objective));
    }

    [Fact]
    public void BlankObjectives_ClearTheTexts()
    {
        var circle = ACircle.Mentorship();
        var me = circle.Members[0].PersonId;
        var withTexts = circle.ReviseObjectives(me, "Cap", "Le mien").Value;

        var cleared = withTexts.ReviseObjectives(me, "  ", "").Value;

        Assert.Equal(("", ""), (cleared.Objective, cleared.Members[0].Objective));
    }

    [Fact]
    public void NonMemberRevisingTheirObjective_ChangesNoMember()
    {
        var circle = ACircle.PeerGroupOf(3);

        var revised = circle.ReviseObjectives(APerson.Named("Stranger").Id, null, "Intrus").Value;

        Assert.Equal(circle.Members, revised.Members);
    }

    [Fact]
    public void ObjectiveTooLongAndMemberObjectiveWithControlCharacter_AreBothReported()
    {
        var circle = ACircle.Mentorship();

        var result = circle.ReviseObjectives(circle.Members[0].PersonId, new string('o', 2_001), "a\u0000b");

        Assert.Equal([("objective", "text.tooLong"), ("memberObjective", "text.controlCharacter")], result.Errors.Select(e => (e.Field!, e.Code)));
    }

    [Fact]
    public void ObjectiveOfTwoThousandCharacters_IsAccepted()
    {
        var circle = ACircle.Mentorship();
        var text = new string('o', 2_000);

        Assert.Equal(text, circle.ReviseObjectives(circle.Members[0].PersonId, text, text).Value.Objective);
    }

    [Fact]
    public void RevisingAPausedCircle_IsAllowed()
    {
        var paused = ACircle.Mentorship().WithStatus(CircleStatus.Paused);

        Assert.Equal("Reprise", paused.ReviseObjectives(paused.Members[0].PersonId, "Reprise", null).Value.Objective);
    }
}
