namespace Mentoring.Core.Tests.Circles;

/// <summary>The text rules a create request meets: name and objectives trimmed, bounded, free of control characters.</summary>
public sealed class CircleTextTests
{
    [Fact]
    public void ObjectiveOfExactlyTwoThousandCharacters_IsAccepted()
    {
        var objective = new string('o', 2_000);

        Assert.Equal(objective, ACircleDraft.Mentorship().WithObjective(objective).CreateValid().Objective);
    }

    [Fact]
    public void ObjectiveOverTwoThousandCharacters_IsTooLongWithItsBound()
    {
        var result = ACircleDraft.Mentorship().WithObjective(new string('o', 2_001)).Create();

        var error = ResultAssert.Invalid(result, "objective", "text.tooLong");
        Assert.Equal(2_000, error.Args!["max"]);
    }

    [Fact]
    public void ObjectiveLongOnlyBecauseOfSurroundingSpaces_IsTrimmedAndAccepted()
    {
        var objective = new string('o', 2_000);

        Assert.Equal(objective, ACircleDraft.Mentorship().WithObjective($"  {objective}\n").CreateValid().Objective);
    }

    [Fact]
    public void MemberObjectiveOverTwoThousandCharacters_IsTooLongOnThatMember()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentor(a), AMemberDraft.Mentee(b, new string('o', 2_001)));

        ResultAssert.Invalid(draft.Create(), "members[1].objective", "text.tooLong");
    }

    [Fact]
    public void NameOverOneHundredTwentyCharacters_IsTooLong()
    {
        ResultAssert.Invalid(ACircleDraft.Mentorship().Named(new string('n', 121)).Create(), "name", "text.tooLong");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingOrBlankName_IsRequired(string? name)
    {
        ResultAssert.Invalid(ACircleDraft.Mentorship().Named(name).Create(), "name", "text.required");
    }

    [Theory]
    [InlineData("Prise\u0000de poste")]
    [InlineData("Prise\u0007de poste")]
    [InlineData("Prise\u001Bde poste")]
    [InlineData("Prise\u007Fde poste")]
    [InlineData("Prise\nde poste")]
    [InlineData("Prise\tde poste")]
    public void NameWithAControlCharacterOrLineBreak_IsRefused(string name)
    {
        ResultAssert.Invalid(ACircleDraft.Mentorship().Named(name).Create(), "name", "text.controlCharacter");
    }

    [Theory]
    [InlineData("Un\u0000objectif")]
    [InlineData("Un\u0008objectif")]
    [InlineData("Un\u009Bobjectif")]
    public void ObjectiveWithAControlCharacter_IsRefused(string objective)
    {
        ResultAssert.Invalid(ACircleDraft.Mentorship().WithObjective(objective).Create(), "objective", "text.controlCharacter");
    }

    [Fact]
    public void MemberObjectiveWithAControlCharacter_IsRefusedOnThatMember()
    {
        var (a, b) = (APerson.Named("A"), APerson.Named("B"));
        var draft = ACircleDraft.Mentorship(a, b).WithMembers(AMemberDraft.Mentor(a, "x\u0001y"), AMemberDraft.Mentee(b));

        ResultAssert.Invalid(draft.Create(), "members[0].objective", "text.controlCharacter");
    }

    [Fact]
    public void ObjectiveWithLineBreaksAndTabs_IsAccepted()
    {
        const string objective = "Premier point\r\n\tSecond point\nTroisième";

        Assert.Equal(objective, ACircleDraft.Mentorship().WithObjective(objective).CreateValid().Objective);
    }

    [Fact]
    public void MissingObjective_BecomesEmpty()
    {
        Assert.Equal("", ACircleDraft.Mentorship().WithObjective(null).CreateValid().Objective);
    }

    [Fact]
    public void NameWithSurroundingSpaces_IsTrimmed()
    {
        Assert.Equal("Prise de poste", ACircleDraft.Mentorship().Named("  Prise de poste ").CreateValid().Name);
    }
}
