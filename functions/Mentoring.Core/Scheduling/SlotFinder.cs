namespace Mentoring.Core.Scheduling;

/// <summary>Finds times when every member is free and inside their own working hours, in their own time zone.</summary>
public static class SlotFinder
{
    /// <summary>Candidates start on the half hour (UTC), which is also the half hour in every zone of the world but a few (Nepal, Chatham).</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Propose(
        IReadOnlyList<Availability> people, TimeSpan duration, DateTimeOffset from, DateTimeOffset to, int count = 3)
    {
        var slots = new List<(DateTimeOffset, DateTimeOffset)>();
        var start = new DateTimeOffset(from.UtcTicks + (Step.Ticks - (from.UtcTicks % Step.Ticks)) % Step.Ticks, TimeSpan.Zero);
        for (; start + duration <= to && slots.Count < count; start += Step)
        {
            var end = start + duration;
            if (people.All(p => IsWorking(p.WorkingHours, start, end) && !p.Busy.Any(b => b.Start < end && start < b.End)))
            {
                slots.Add((start, end));
            }
        }

        return slots;
    }

    /// <summary>True when the whole slot is inside the person's working hours of one working day, in their zone.</summary>
    public static bool IsWorking(WorkingHours hours, DateTimeOffset start, DateTimeOffset end)
    {
        var zone = TimeZones.Get(hours.TimeZone);
        var localStart = TimeZones.LocalIn(start, zone);
        var localEnd = TimeZones.LocalIn(end, zone);
        return localStart.Date == localEnd.AddTicks(-1).Date
            && hours.Days.Contains(localStart.DayOfWeek)
            && TimeOnly.FromDateTime(localStart) >= hours.Start
            && TimeOnly.FromDateTime(localEnd) <= hours.End;
    }
}
