using Mentoring.Core.Matching;

namespace Mentoring.Core.Tests.Matching;

public sealed class ReasonTextTests
{
    private static SuggestionReason[] Typical(int years, int places) =>
    [
        new SuggestionReason(ReasonKind.Experience, years, ["data analyse"]),
        SuggestionReason.Named(ReasonKind.Languages, "fr"),
        SuggestionReason.Count(ReasonKind.FreePlaces, places),
    ];

    [Fact]
    public void The_reasons_read_as_a_sentence_in_french_and_in_english()
    {
        Assert.Equal("a dix ans d'expérience en data analyse, parle français, deux places libres", ReasonText.Render(Typical(10, 2), english: false));
        Assert.Equal("has ten years of experience in data analyse, speaks French, two places free",
            ReasonText.Render(Typical(10, 2), english: true));
    }

    [Theory]
    [InlineData(1, 1, "a un an d'expérience en data analyse, parle français, une place libre", "has one year of experience in data analyse, speaks French, one place free")]
    [InlineData(21, 3, "a vingt et un ans d'expérience en data analyse, parle français, trois places libres", "has twenty-one years of experience in data analyse, speaks French, three places free")]
    [InlineData(17, 10, "a dix-sept ans d'expérience en data analyse, parle français, dix places libres", "has seventeen years of experience in data analyse, speaks French, ten places free")]
    [InlineData(30, 4, "a trente ans d'expérience en data analyse, parle français, quatre places libres", "has thirty years of experience in data analyse, speaks French, four places free")]
    public void Numbers_are_spelled_and_agree_with_their_noun(int years, int places, string french, string english)
    {
        Assert.Equal(french, ReasonText.Render(Typical(years, places), english: false));
        Assert.Equal(english, ReasonText.Render(Typical(years, places), english: true));
    }

    [Theory]
    [InlineData(71, "soixante et onze", "seventy-one")]
    [InlineData(80, "quatre-vingts", "eighty")]
    [InlineData(81, "quatre-vingt-un", "eighty-one")]
    [InlineData(91, "quatre-vingt-onze", "ninety-one")]
    [InlineData(99, "quatre-vingt-dix-neuf", "ninety-nine")]
    [InlineData(100, "100", "100")]
    public void Larger_numbers_follow_each_language_s_rules(int n, string french, string english)
    {
        Assert.Equal(french, NumberWords.French(n));
        Assert.Equal(english, NumberWords.English(n));
    }

    [Fact]
    public void Several_languages_and_skills_are_listed_with_a_final_conjunction()
    {
        SuggestionReason[] reasons = [SuggestionReason.Named(ReasonKind.Skills, "SQL", "Python", "Power BI"), SuggestionReason.Named(ReasonKind.Languages, "fr", "en")];

        Assert.Equal("peut vous apprendre SQL, Python et Power BI, parle français et anglais", ReasonText.Render(reasons, english: false));
        Assert.Equal("can teach you SQL, Python and Power BI, speaks French and English", ReasonText.Render(reasons, english: true));
    }
}
