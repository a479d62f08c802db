using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Core.Tests.Matching;

namespace Mentoring.Core.Tests.Requests;

/// <summary>The first cadence of a circle matching creates: a slot everyone shares, a week ahead, in the circle's zone.</summary>
public sealed class ProposedCadenceTests
{
    [Fact]
    public void A_slot_both_share_is_taken_on_its_first_weekday_a_week_ahead()
    {
        var mentee = AProfile.Mentee();
        var mentor = AProfile.Build(AProfile.MentorDraft() with { Availability = [new(DayOfWeek.Thursday, PartOfDay.Evening)] });

        var cadence = ProposedCadence.For([mentee, mentor], "Europe/Paris", AProfile.At); // Wednesday 6 January 2027

        Assert.Equal((new DateOnly(2027, 1, 14), new TimeOnly(18, 30), "Europe/Paris"), (cadence.FirstDate!.Value, cadence.StartTime!.Value, cadence.TimeZone!));
    }

    [Fact]
    public void Without_a_shared_slot_the_first_of_anyones_is_taken_and_without_any_tuesday_evening()
    {
        var morning = AProfile.Build(AProfile.MenteeDraft() with { Availability = [new(DayOfWeek.Monday, PartOfDay.Morning)] });
        var afternoon = AProfile.Build(AProfile.MentorDraft() with { Availability = [new(DayOfWeek.Friday, PartOfDay.Afternoon)] });
        var none = AProfile.Build(AProfile.MenteeDraft() with { Availability = [] });

        var disjoint = ProposedCadence.For([morning, afternoon], "Europe/Paris", AProfile.At);
        var empty = ProposedCadence.For([none, null], "Europe/Paris", AProfile.At);

        Assert.Equal((new DateOnly(2027, 1, 18), new TimeOnly(9, 30)), (disjoint.FirstDate!.Value, disjoint.StartTime!.Value));
        Assert.Equal((new DateOnly(2027, 1, 19), new TimeOnly(18, 30)), (empty.FirstDate!.Value, empty.StartTime!.Value));
    }
}
