using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>Validation and defaults of <see cref="Cadence.Create"/>.</summary>
public sealed class CadenceCreateTests
{
    private static readonly DateTimeOffset Now = ACadenceDraft.Now;

    [Fact]
    public void MentorshipWithMinimalDraft_DefaultsToMonthlyOnFirstDatesWeekdayForSixtyMinutes()
    {
        var cadence = Cadence.Create(ACadenceDraft.Minimal(), CircleKind.Mentorship, Now, null).Value;

        Assert.Equal(new MonthlyOnWeekdayPattern(1, WeekOfMonth.Second, DayOfWeek.Tuesday), cadence.Pattern);
        Assert.Equal(TimeSpan.FromMinutes(60), cadence.Duration);
        Assert.Equal(new NumberedRange(6), cadence.Range);
        Assert.Equal("Europe/Paris", cadence.TimeZone);
    }

    [Fact]
    public void MentorshipOnAFifthWeekday_DefaultsToLastWeekday()
    {
        var draft = ACadenceDraft.Minimal() with { FirstDate = new DateOnly(2026, 1, 29) };

        var cadence = Cadence.Create(draft, CircleKind.Mentorship, Now, null).Value;

        Assert.Equal(new MonthlyOnWeekdayPattern(1, WeekOfMonth.Last, DayOfWeek.Thursday), cadence.Pattern);
    }

    [Fact]
    public void PeerGroupWithMinimalDraft_DefaultsToEveryTwoWeeksTwelveTimes()
    {
        var cadence = Cadence.Create(ACadenceDraft.Minimal(), CircleKind.PeerGroup, Now, null).Value;

        Assert.Equal(new WeeklyPattern(2, DayOfWeek.Tuesday), cadence.Pattern);
        Assert.Equal(TimeSpan.FromMinutes(60), cadence.Duration);
        Assert.Equal(new NumberedRange(12), cadence.Range);
    }

    [Fact]
    public void DraftWithoutZone_TakesFallbackZone()
    {
        var draft = ACadenceDraft.Minimal() with { TimeZone = null };

        Assert.Equal("Asia/Kolkata", Cadence.Create(draft, CircleKind.PeerGroup, Now, "Asia/Kolkata").Value.TimeZone);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "cadence.timeZone.unknown")]
    [InlineData("", "cadence.timeZone.unknown")]
    [InlineData("Romance Standard Time", "cadence.timeZone.windows")]
    [InlineData("Eastern Standard Time", "cadence.timeZone.windows")]
    [InlineData("Antarctica/Troll", "cadence.timeZone.unsupported")]
    public void UnknownWindowsOrUnmappableZone_IsRefused(string zone, string code)
    {
        var draft = ACadenceDraft.Minimal() with { TimeZone = zone };

        AssertRefused(Cadence.Create(draft, CircleKind.Mentorship, Now, null), "cadence.timeZone", code);
    }

    [Theory]
    [InlineData("America/Toronto")]
    [InlineData("Europe/Dublin")]
    [InlineData("Asia/Calcutta")]
    public void IanaZoneGraphDoesNotListButWindowsNames_IsAccepted(string zone)
    {
        var draft = ACadenceDraft.Minimal() with { TimeZone = zone };

        Assert.Equal(zone, Cadence.Create(draft, CircleKind.Mentorship, Now, null).Value.TimeZone);
    }

    [Fact]
    public void NoZoneAndNoFallback_IsRefused()
    {
        var draft = ACadenceDraft.Minimal() with { TimeZone = null };

        AssertRefused(Cadence.Create(draft, CircleKind.Mentorship, Now, null), "cadence.timeZone", "cadence.timeZone.unknown");
    }

    [Fact]
    public void FirstDateInThePast_IsRefused()
    {
        var draft = ACadenceDraft.Minimal() with { FirstDate = new DateOnly(2025, 12, 31) };

        AssertRefused(Cadence.Create(draft, CircleKind.PeerGroup, Now, null), "cadence.firstDate", "cadence.firstDate.past");
    }

    [Fact]
    public void FirstDateStillTodayInTheCadenceZone_IsAccepted()
    {
        // 02:00 UTC on 1 January is still 31 December in New York.
        var draft = ACadenceDraft.Minimal() with { FirstDate = new DateOnly(2025, 12, 31), TimeZone = "America/New_York" };

        Assert.True(Cadence.Create(draft, CircleKind.PeerGroup, new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero), null).IsSuccess);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(14)]
    [InlineData(481)]
    public void DurationOutOfRange_IsRefused(int minutes)
    {
        var draft = ACadenceDraft.Minimal() with { DurationMinutes = minutes };

        AssertRefused(Cadence.Create(draft, CircleKind.Mentorship, Now, null), "cadence.durationMinutes", "cadence.duration.range");
    }

    [Theory]
    [InlineData(15)]
    [InlineData(480)]
    public void DurationAtBounds_IsAccepted(int minutes)
    {
        var draft = ACadenceDraft.Minimal() with { DurationMinutes = minutes };

        Assert.Equal(TimeSpan.FromMinutes(minutes), Cadence.Create(draft, CircleKind.Mentorship, Now, null).Value.Duration);
    }

    [Fact]
    public void OccurrencesAndEndDateBoth_AreRefused()
    {
        var draft = ACadenceDraft.Minimal() with { Occurrences = 4, EndDate = new DateOnly(2026, 6, 1) };

        AssertRefused(Cadence.Create(draft, CircleKind.Mentorship, Now, null), "cadence.endDate", "cadence.range.both");
    }

    [Fact]
    public void EndDateGiven_BecomesEndDateRange()
    {
        var draft = ACadenceDraft.Minimal() with { EndDate = new DateOnly(2026, 6, 1) };

        Assert.Equal(new EndDateRange(new DateOnly(2026, 6, 1)), Cadence.Create(draft, CircleKind.Mentorship, Now, null).Value.Range);
    }

    private static void AssertRefused<T>(Mentoring.Core.Common.Result<T> result, string field, string code)
    {
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
    }
}
