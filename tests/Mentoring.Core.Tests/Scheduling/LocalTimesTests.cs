using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>The gap and overlap rules: gap → shifted forward by the gap, overlap → earlier (daylight) instant.</summary>
public sealed class LocalTimesTests
{
    [Theory]
    [InlineData("Europe/Paris", "2026-03-29", "02:30", "2026-03-29T03:30:00+02:00")]
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T03:30:00-04:00")]
    [InlineData("Australia/Sydney", "2026-10-04", "02:00", "2026-10-04T03:00:00+11:00")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-04T02:45:00+11:00")]
    public void NonexistentLocalTime_ShiftsForwardByTheGap(string zone, string date, string time, string expected)
    {
        var resolved = LocalTimes.Resolve(DateOnly.Parse(date), TimeOnly.Parse(time), TimeZones.Get(zone));

        AssertSameInstantAndOffset(DateTimeOffset.Parse(expected), resolved);
    }

    [Theory]
    [InlineData("Europe/Paris", "2026-10-25", "02:30", "2026-10-25T02:30:00+02:00")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T01:30:00-04:00")]
    [InlineData("Australia/Sydney", "2026-04-05", "02:30", "2026-04-05T02:30:00+11:00")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-05T01:45:00+11:00")]
    public void AmbiguousLocalTime_TakesEarlierDaylightInstant(string zone, string date, string time, string expected)
    {
        var resolved = LocalTimes.Resolve(DateOnly.Parse(date), TimeOnly.Parse(time), TimeZones.Get(zone));

        AssertSameInstantAndOffset(DateTimeOffset.Parse(expected), resolved);
    }

    [Fact]
    public void OrdinaryLocalTime_KeepsWallClockWithZoneOffset()
    {
        var resolved = LocalTimes.Resolve(new DateOnly(2026, 7, 1), new TimeOnly(9, 0), TimeZones.Get("America/St_Johns"));

        AssertSameInstantAndOffset(DateTimeOffset.Parse("2026-07-01T09:00:00-02:30"), resolved);
    }

    [Fact]
    public void WeeklyCadenceThroughSpringGap_SessionMovesOneHourLaterThatDayOnly()
    {
        var slots = ACadence.Weekly("Europe/Paris", "2026-03-22").At(2, 30).Times(3).Expand();

        Assert.Equal(DateTimeOffset.Parse("2026-03-22T02:30:00+01:00"), slots[0].Start);
        Assert.Equal(new DateOnly(2026, 3, 29), slots[1].OriginalLocalDate);
        AssertSameInstantAndOffset(DateTimeOffset.Parse("2026-03-29T03:30:00+02:00"), slots[1].Start);
        AssertSameInstantAndOffset(DateTimeOffset.Parse("2026-04-05T02:30:00+02:00"), slots[2].Start);
    }

    private static void AssertSameInstantAndOffset(DateTimeOffset expected, DateTimeOffset actual)
    {
        Assert.Equal(expected.UtcDateTime, actual.UtcDateTime);
        Assert.Equal(expected.Offset, actual.Offset);
    }
}
