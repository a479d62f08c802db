using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Matching;

public sealed class ProfileCreateTests
{
    private static Result<Profile> Create(ProfileDraft draft) => Profile.Create(draft, APerson.Tenant, new PersonId(Guid.NewGuid()), "Léa");

    [Fact]
    public void A_complete_draft_becomes_a_profile_with_normalized_languages_and_merged_duplicates()
    {
        var profile = Create(AProfile.MenteeDraft() with { Languages = ["FR-ca", " en ", "fr-CA"], SkillsSought = ["SQL", "sql", "Python"] }).Value;

        Assert.Equal(["fr-CA", "en"], profile.Languages);
        Assert.Equal(["SQL", "Python"], profile.SkillsSought);
        Assert.True(profile.Availability.Contains(new AvailabilitySlot(DayOfWeek.Tuesday, PartOfDay.Evening)));
        Assert.False(profile.Availability.Contains(new AvailabilitySlot(DayOfWeek.Tuesday, PartOfDay.Morning)));
    }

    [Fact]
    public void Visibility_must_be_chosen_explicitly()
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { Visibility = null }), "visibility", "required");
    }

    [Fact]
    public void A_profile_with_visibility_none_is_neither_a_visible_mentor_nor_a_visible_peer()
    {
        var profile = Create(AProfile.MentorDraft() with { Visibility = Visibility.None }).Value;

        Assert.False(profile.IsVisibleMentor);
        Assert.False(profile.IsVisiblePeer);
    }

    [Fact]
    public void Visible_as_a_mentor_requires_the_mentor_details()
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { Visibility = Visibility.MentorAndPeer }), "mentor", "mentor.required");
    }

    [Theory]
    [InlineData("français")]
    [InlineData("fr_FR")]
    [InlineData("x-klingon")]
    [InlineData("")]
    public void A_language_that_is_not_a_BCP_47_tag_is_refused(string tag)
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { Languages = ["fr", tag] }), "languages[1]", "language.invalid");
    }

    [Fact]
    public void At_least_one_language_is_required()
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { Languages = [] }), "languages", "required");
    }

    [Theory]
    [InlineData("Romance Standard Time")]
    [InlineData("Mars/Olympus")]
    public void A_time_zone_must_be_an_IANA_id(string zone)
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { TimeZone = zone }), "timeZone", "timeZone.unknown");
    }

    [Fact]
    public void Mentor_numbers_out_of_range_are_each_reported_with_their_field()
    {
        var result = Create(AProfile.MentorDraft(years: 61, capacity: 0, current: -1));

        ResultAssert.HasError(result, "mentor.yearsOfExperience", "number.range");
        ResultAssert.HasError(result, "mentor.capacity", "number.range");
        ResultAssert.HasError(result, "mentor.currentMentees", "number.range");
    }

    [Fact]
    public void Too_many_skills_and_too_long_texts_are_refused()
    {
        var result = Create(AProfile.MenteeDraft() with
        {
            SkillsOffered = [.. Enumerable.Range(0, Labels.MaxCount + 1).Select(i => $"skill {i}")],
            About = new string('a', Profile.MaxAboutLength + 1),
        });

        ResultAssert.HasError(result, "skillsOffered", "list.tooLong");
        ResultAssert.HasError(result, "about", "text.tooLong");
    }

    [Fact]
    public void A_slot_without_its_part_of_day_is_refused()
    {
        ResultAssert.Invalid(Create(AProfile.MenteeDraft() with { Availability = [new SlotDraft(DayOfWeek.Monday, null)] }), "availability[0]", "availability.slot.invalid");
    }
}
