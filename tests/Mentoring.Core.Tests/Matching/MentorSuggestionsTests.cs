using CsCheck;
using Mentoring.Core.Matching;
using Mentoring.Core.Profiles;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Matching;

public sealed class MentorSuggestionsTests
{
    [Fact]
    public void A_matching_mentor_is_suggested_with_reasons_a_person_understands()
    {
        var mentee = AProfile.Mentee();
        var mentor = AProfile.Mentor("Camille Martin", years: 10, capacity: 3, current: 1);

        var suggestion = Assert.Single(MentorSuggestions.For(mentee, [mentor], AProfile.At));

        Assert.Equal(mentor, suggestion.Mentor);
        Assert.Equal(
            "a dix ans d'expérience en Data analyse, exerce déjà le métier que vous visez : Data analyst, peut vous apprendre SQL, parle français, "
            + "est libre aux mêmes moments que vous, huit heures par semaine, deux places libres",
            suggestion.Why(english: false));
        Assert.StartsWith("has ten years of experience in Data analyse, already works as Data analyst, the job you aim for, can teach you SQL, speaks French", suggestion.Why(english: true));
    }

    [Fact]
    public void A_mentor_at_capacity_oneself_another_tenant_and_invisible_profiles_are_never_suggested()
    {
        var mentee = AProfile.Mentee();
        var full = AProfile.Mentor("Full", capacity: 2, current: 2);
        var overfull = AProfile.Mentor("Overfull", capacity: 1, current: 3);
        var foreign = AProfile.Mentor("Foreign", tenant: APerson.OtherTenant);
        var hidden = AProfile.Build(AProfile.MentorDraft() with { Visibility = Visibility.Peer }, "Hidden");
        var selfAsMentor = AProfile.Build(AProfile.MentorDraft(), "Léa", id: mentee.Person);
        var available = AProfile.Mentor("Available", capacity: 2, current: 1);

        var suggested = MentorSuggestions.For(mentee, [full, overfull, foreign, hidden, selfAsMentor, available], AProfile.At);

        Assert.Equal(["Available"], suggested.Select(s => s.Mentor.DisplayName));
    }

    [Fact]
    public void A_mentor_without_a_language_in_common_is_not_suggested()
    {
        var english = AProfile.Build(AProfile.MentorDraft() with { Languages = ["en-GB"] }, "Alex");

        Assert.Empty(MentorSuggestions.For(AProfile.Mentee(), [english], AProfile.At));
    }

    [Fact]
    public void The_mentor_of_the_target_field_ranks_above_one_of_another_field()
    {
        var other = AProfile.Build(AProfile.MentorDraft() with { CurrentJob = "Chef", SkillsOffered = [], Mentor = new MentorDraft(["Cuisine"], 25, 3, 0) }, "Other");
        var right = AProfile.Mentor("Right", years: 3);

        Assert.Equal(["Right", "Other"], MentorSuggestions.For(AProfile.Mentee(), [other, right], AProfile.At).Select(s => s.Mentor.DisplayName));
    }

    [Fact]
    public void Availability_is_compared_in_UTC_so_the_same_local_evening_an_ocean_apart_does_not_overlap()
    {
        var montreal = AProfile.Build(AProfile.MentorDraft() with { TimeZone = "America/Toronto" }, "Montréal");
        var paris = AProfile.Mentor("Paris");

        var reasons = MentorSuggestions.For(AProfile.Mentee(), [montreal, paris], AProfile.At).ToDictionary(s => s.Mentor.DisplayName, s => s.Reasons);

        Assert.Contains(reasons["Paris"], r => r is { Kind: ReasonKind.Availability, Number: 8 });
        Assert.DoesNotContain(reasons["Montréal"], r => r.Kind == ReasonKind.Availability);
    }

    [Fact]
    public void Any_pool_gives_the_best_mentors_with_a_free_place_in_order_and_no_one_at_capacity()
    {
        var mentee = AProfile.Mentee();
        foreach (var (size, count, seed) in PropertyCases.Of(Gen.Select(Gen.Int[0, 40], Gen.Int[1, 12], Gen.UInt), 200))
        {
            var random = new Random((int)seed);
            var pool = Enumerable.Range(0, size).Select(i => AProfile.Build(
                AProfile.MentorDraft(years: random.Next(0, 30), capacity: random.Next(1, 4), current: random.Next(0, 5)) with
                {
                    Mentor = new MentorDraft([random.Next(3) == 0 ? "Data analyse" : "Finance"], random.Next(0, 30), random.Next(1, 4), random.Next(0, 5)),
                    Languages = [random.Next(4) == 0 ? "en" : "fr"],
                },
                $"M{i}")).ToArray();

            var top = MentorSuggestions.For(mentee, pool, AProfile.At, count);

            Assert.All(top, s => Assert.True(s.Mentor.Mentor!.CurrentMentees < s.Mentor.Mentor.Capacity));
            var eligible = pool.Count(p => p.Mentor!.FreePlaces > 0 && p.Languages.Contains("fr"));
            Assert.Equal(Math.Min(count, eligible), top.Count);
            Assert.True(top.Zip(top.Skip(1)).All(p => p.First.Score >= p.Second.Score), "not in descending order of score");
            var weakestKept = top.Count == 0 ? double.MaxValue : top[^1].Score;
            Assert.All(MentorSuggestions.For(mentee, pool, AProfile.At, count: 1_000).Skip(top.Count), s => Assert.True(s.Score <= weakestKept));
        }
    }
}
