using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>The wall-clock start time is kept across DST changes in both hemispheres and in zones without DST.</summary>
public sealed class CadenceExpansionDstTests
{
    private static readonly TimeOnly Six = new(18, 0);

    [Fact]
    public void ParisEveryTwoWeeksAcrossBothChanges_StaysSixPmWithOffsetsOneTwoOne()
    {
        var slots = ACadence.Weekly("Europe/Paris", "2026-03-19", interval: 2).Times(18).Expand();

        Assert.Equal(18, slots.Count);
        Assert.All(slots, s => Assert.Equal(Six, TimeOnly.FromDateTime(s.Start.DateTime)));
        Assert.All(slots, s => Assert.Equal(ExpectedParisOffset(s.OriginalLocalDate), s.Start.Offset));
        Assert.Equal(TimeSpan.FromHours(2), slots[1].Start.Offset);
        Assert.Equal(new DateOnly(2026, 11, 12), slots[^1].OriginalLocalDate);
        Assert.Equal(TimeSpan.FromHours(1), slots[^1].Start.Offset);
    }

    [Fact]
    public void NewYorkWeeklyAcrossMarchEighthAndNovemberFirst_StaysSixPm()
    {
        var slots = ACadence.Weekly("America/New_York", "2026-03-01").Until("2026-11-08").Expand();

        Assert.All(slots, s => Assert.Equal(Six, TimeOnly.FromDateTime(s.Start.DateTime)));
        Assert.Equal(TimeSpan.FromHours(-5), slots[0].Start.Offset);
        Assert.Equal(TimeSpan.FromHours(-4), slots[1].Start.Offset);
        Assert.Equal(TimeSpan.FromHours(-4), slots[^3].Start.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), slots[^2].Start.Offset);
        Assert.Equal(new DateOnly(2026, 11, 1), slots[^2].OriginalLocalDate);
    }

    [Fact]
    public void SydneyMonthlyAcrossAprilAndOctoberChanges_StaysSixPmSouthernOffsets()
    {
        var slots = ACadence.MonthlyOnWeekday("Australia/Sydney", "2026-03-01", WeekOfMonth.First).Times(12).Expand();

        Assert.All(slots, s => Assert.Equal(Six, TimeOnly.FromDateTime(s.Start.DateTime)));
        var offsets = slots.Select(s => s.Start.Offset.TotalHours).ToArray();
        Assert.Equal([11, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11], offsets);
        Assert.Equal(new DateOnly(2026, 4, 5), slots[1].OriginalLocalDate);
        Assert.Equal(new DateOnly(2026, 10, 4), slots[7].OriginalLocalDate);
    }

    [Fact]
    public void KolkataWeeklyAllYear_AlwaysPlusFiveThirty()
    {
        var slots = ACadence.Weekly("Asia/Kolkata", "2026-01-06").Times(52).Expand();

        Assert.All(slots, s => Assert.Equal(new TimeSpan(5, 30, 0), s.Start.Offset));
        Assert.All(slots, s => Assert.Equal(Six, TimeOnly.FromDateTime(s.Start.DateTime)));
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 12, 30, 0, TimeSpan.Zero), slots[0].Start.ToUniversalTime());
    }

    [Fact]
    public void SessionEndingAfterFallBack_EndIsDurationLaterWithNewOffset()
    {
        var slot = ACadence.Weekly("Europe/Paris", "2026-10-25").At(1, 30).Lasting(120).Times(1).Expand().Single();

        Assert.Equal(TimeSpan.FromHours(2), slot.End - slot.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), slot.End);
        Assert.Equal(TimeSpan.FromHours(1), slot.End.Offset);
    }

    private static TimeSpan ExpectedParisOffset(DateOnly date) =>
        date >= new DateOnly(2026, 3, 29) && date < new DateOnly(2026, 10, 25) ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
}
