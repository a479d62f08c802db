using Mentoring.Core.Matching;

namespace Mentoring.Core.Tests.Matching;

public sealed class MentorRequestDraftTests
{
    [Fact]
    public void The_draft_names_both_people_the_career_change_and_why_this_mentor_in_french()
    {
        var mentee = AProfile.Mentee("Léa Dubois");
        var suggestion = Assert.Single(MentorSuggestions.For(mentee, [AProfile.Mentor("Camille Martin")], AProfile.At));

        var draft = MentorRequestDraft.Compose(mentee, suggestion, english: false);

        Assert.StartsWith("Bonjour Camille Martin,", draft, StringComparison.Ordinal);
        Assert.Contains("Je m'appelle Léa Dubois, actuellement Comptable, et je prépare une reconversion pour devenir Data analyst en Data analyse.", draft, StringComparison.Ordinal);
        Assert.Contains("Vos dix ans d'expérience en Data analyse", draft, StringComparison.Ordinal);
        Assert.Contains("J'aimerais apprendre auprès de vous : SQL.", draft, StringComparison.Ordinal);
        Assert.EndsWith("Léa Dubois", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_draft_says_the_same_in_english()
    {
        var mentee = AProfile.Mentee("Léa Dubois");
        var suggestion = Assert.Single(MentorSuggestions.For(mentee, [AProfile.Mentor("Camille Martin")], AProfile.At));

        var draft = MentorRequestDraft.Compose(mentee, suggestion, english: true);

        Assert.StartsWith("Hello Camille Martin,", draft, StringComparison.Ordinal);
        Assert.Contains("Your ten years of experience in Data analyse", draft, StringComparison.Ordinal);
        Assert.Contains("I would like to learn SQL from you.", draft, StringComparison.Ordinal);
        Assert.InRange(draft.Length, 1, 1_000);
    }
}
