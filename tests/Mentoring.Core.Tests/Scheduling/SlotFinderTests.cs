using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

public sealed class SlotFinderTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DateTimeOffset MondayMorningUtc = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TwoPeopleInParis_FirstSlotIsNineParisTime()
    {
        var slots = SlotFinder.Propose([Person("Europe/Paris"), Person("Europe/Paris")], TimeSpan.FromHours(1), MondayMorningUtc, MondayMorningUtc.AddDays(7));

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal(3, slots.Count);
    }

    [Fact]
    public void SomeoneInToronto_ExcludesTheParisMorning_FirstSlotIsTheirNineOClock()
    {
        var slots = SlotFinder.Propose([Person("Europe/Paris"), Person("America/Toronto", 9, 17)], TimeSpan.FromHours(1), MondayMorningUtc, MondayMorningUtc.AddDays(7));

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 14, 0, 0, TimeSpan.Zero), slots[0].Start);
        Assert.All(slots, s => Assert.InRange(s.Start.Hour, 14, 16));
    }

    [Fact]
    public void ABusyTime_IsSkipped()
    {
        var busy = (MondayMorningUtc.AddHours(2), MondayMorningUtc.AddHours(3));
        var slots = SlotFinder.Propose([Person("Europe/Paris") with { Busy = [busy] }], TimeSpan.FromHours(1), MondayMorningUtc, MondayMorningUtc.AddDays(1));

        Assert.DoesNotContain(slots, s => s.Start < busy.Item2 && busy.Item1 < s.End);
        Assert.Equal(MondayMorningUtc.AddHours(3), slots[0].Start);
    }

    [Fact]
    public void NoCommonHours_ProposesNothing()
    {
        var slots = SlotFinder.Propose([Person("Europe/Paris", 9, 12), Person("America/Los_Angeles", 9, 12)], TimeSpan.FromHours(1), MondayMorningUtc, MondayMorningUtc.AddDays(7));

        Assert.Empty(slots);
    }

    private static Availability Person(string zone, int from = 9, int to = 18) =>
        new(new PersonId(Guid.NewGuid()), [], new WorkingHours(Weekdays, new TimeOnly(from, 0), new TimeOnly(to, 0), zone));
}
