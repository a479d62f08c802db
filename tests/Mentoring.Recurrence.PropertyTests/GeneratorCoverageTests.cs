using Mentoring.Core.Scheduling;

namespace Mentoring.Recurrence.PropertyTests;

/// <summary>The generated cases really contain the hard situations, so a passing property means something.</summary>
public sealed class GeneratorCoverageTests
{
    private static readonly IReadOnlyList<Cadence> Cadences = [.. ExpansionMatchesEmulatorTests.GeneratedCadences().Select(c => c.Cadence)];

    [Fact]
    public void GeneratedCadences_IncludeSessionsInSpringGaps()
    {
        Assert.True(Count(c => Sessions(c).Any(s => TimeOnly.FromDateTime(s.Start.DateTime) != c.StartTime)) >= 20);
    }

    [Fact]
    public void GeneratedCadences_IncludeSessionsInFallBackOverlaps()
    {
        Assert.True(Count(c => Sessions(c).Any(s => Zone(c).MapLocal(NodaTime.LocalDateTime.FromDateTime(s.Start.DateTime)).Count == 2)) >= 20);
    }

    [Fact]
    public void GeneratedCadences_IncludeMonthlyDaysClampedToShortMonths()
    {
        Assert.True(Count(c => c.Pattern is MonthlyOnDayPattern p && Sessions(c).Any(s => s.OriginalLocalDate.Day != p.DayOfMonth)) >= 50);
    }

    [Fact]
    public void GeneratedCadences_CoverEveryZonePatternAndRange()
    {
        Assert.All(CadenceGen.Zones, z => Assert.True(Count(c => c.TimeZone == z) >= 100, z));
        Assert.True(Count(c => c.Pattern is WeeklyPattern) >= 300);
        Assert.True(Count(c => c.Pattern is MonthlyOnWeekdayPattern { Week: WeekOfMonth.Last }) >= 50);
        Assert.True(Count(c => c.Range is EndDateRange) >= 300);
        Assert.True(Count(c => c.Range is NumberedRange) >= 300);
    }

    private static int Count(Func<Cadence, bool> predicate) => Cadences.Count(predicate);

    private static IReadOnlyList<SessionSlot> Sessions(Cadence cadence) => cadence.Expand(1_000);

    private static NodaTime.DateTimeZone Zone(Cadence cadence) => TimeZones.Get(cadence.TimeZone);
}
