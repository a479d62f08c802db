using Mentoring.Core.Scheduling;
using NodaTime;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>For every zone of the tz database and every offset change from 2026 to 2030, a session asked for at a wall-clock
/// time around the change starts where the rules say.</summary>
/// <remarks>
/// The oracle reads only the zone's list of offsets (its zone intervals: when each offset starts) and does its own
/// arithmetic; it never calls <see cref="LocalTimes"/> or <see cref="TimeZones"/>, which the sessions go through.
/// </remarks>
public sealed class EveryZoneDstTests
{
    private static readonly Instant From = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2031, 1, 1, 0, 0);

    [Fact]
    public void EveryZoneEveryTransition_SessionKeepsItsWallClock_OrMovesByTheGap_AndTakesTheEarlierOfTwo()
    {
        var failures = new List<string>();
        var checkedTimes = 0;
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var intervals = DateTimeZoneProviders.Tzdb[id].GetZoneIntervals(From, To).ToArray();
            for (var i = 1; i < intervals.Length; i++)
            {
                var change = new Change(intervals[i].Start, intervals[i - 1].WallOffset, intervals[i].WallOffset);
                if (change.Before == change.After)
                {
                    continue;
                }

                foreach (var asked in change.WallClocksAround())
                {
                    checkedTimes++;
                    if (Check(id, change, asked) is { } failure)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        Assert.True(checkedTimes > 10_000, $"only {checkedTimes} wall-clock times checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedTimes} wrong, e.g.:\n{string.Join("\n", failures.Take(20))}");
    }

    // The cases measured one hour early with TimeZoneInfo on Linux. Casablanca: the tz data shipped with NodaTime (2026f) keeps
    // Morocco on +00 from 2026-09-20 with no Ramadan change, so 02:30 is simply 02:30 there (older data had a gap at 02:00).
    [Theory]
    [InlineData("Europe/Dublin", "2027-03-28", "01:30", "2027-03-28T02:30:00+01:00")]
    [InlineData("Europe/Dublin", "2027-10-31", "01:30", "2027-10-31T01:30:00+01:00")]
    [InlineData("Europe/Dublin", "2027-07-04", "09:00", "2027-07-04T09:00:00+01:00")]
    [InlineData("Africa/Casablanca", "2027-03-14", "02:30", "2027-03-14T02:30:00+00:00")]
    public void NegativeDstZones_MeasuredCases(string zone, string date, string time, string expected)
    {
        var first = DateOnly.Parse(date);
        var cadence = new Cadence(new WeeklyPattern(1, first.DayOfWeek), first, TimeOnly.Parse(time), TimeSpan.FromHours(1), zone, new NumberedRange(1));

        var start = cadence.Expand()[0].Start;

        Assert.Equal((DateTimeOffset.Parse(expected), DateTimeOffset.Parse(expected).Offset), (start, start.Offset));
    }

    private static string? Check(string id, Change change, LocalDateTime asked)
    {
        var date = DateOnly.FromDateTime(asked.ToDateTimeUnspecified());
        var cadence = new Cadence(
            new WeeklyPattern(1, date.DayOfWeek), date, TimeOnly.FromDateTime(asked.ToDateTimeUnspecified()), TimeSpan.FromHours(1), id, new NumberedRange(1));
        var start = cadence.Expand()[0].Start;

        var instant = Instant.FromDateTimeOffset(start);
        var offset = instant < change.At ? change.Before : change.After;
        var wall = instant.WithOffset(offset).LocalDateTime;
        var expectedWall = change.InGap(asked) ? asked + Period.FromTicks((change.After - change.Before).Ticks) : asked;
        var earlierOfTwo = !change.InOverlap(asked) || instant < change.At;
        return wall == expectedWall && earlierOfTwo && start.Offset == offset.ToTimeSpan()
            ? null
            : $"{id} asked {asked:uuuu-MM-dd HH:mm} (change at {change.At} {change.Before}→{change.After}): got {start:O}, wanted wall {expectedWall:uuuu-MM-dd HH:mm}";
    }

    /// <summary>One offset change: the wall clock jumps from <c>At + Before</c> to <c>At + After</c>.</summary>
    private sealed record Change(Instant At, Offset Before, Offset After)
    {
        private LocalDateTime Low => At.WithOffset(Offset.Min(Before, After)).LocalDateTime;

        private LocalDateTime High => At.WithOffset(Offset.Max(Before, After)).LocalDateTime;

        /// <summary>Wall-clock times that never happen (the offset grew).</summary>
        public bool InGap(LocalDateTime t) => After > Before && t >= Low && t < High;

        /// <summary>Wall-clock times that happen twice (the offset shrank).</summary>
        public bool InOverlap(LocalDateTime t) => After < Before && t >= Low && t < High;

        /// <summary>Just before, at the start, in the middle, at the last minute, at the end and just after the skipped or repeated span.</summary>
        public IEnumerable<LocalDateTime> WallClocksAround()
        {
            var middle = Low.PlusMinutes((long)(High - Low).ToDuration().TotalMinutes / 2);
            return [Low.PlusMinutes(-30), Low, middle, High.PlusMinutes(-1), High, High.PlusMinutes(30)];
        }
    }
}
