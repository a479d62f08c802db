namespace Mentoring.Core.Relationship;

/// <summary>When a circle's pulses are asked: 30 days after it started, then every 60 days.</summary>
public static class PulseSchedule
{
    public static readonly TimeSpan First = TimeSpan.FromDays(30);
    public static readonly TimeSpan Every = TimeSpan.FromDays(60);

    /// <summary>The pulse open at <paramref name="now"/> (1 for the first), 0 before the first is due.</summary>
    public static int NumberAt(DateTimeOffset start, DateTimeOffset now) =>
        now < start + First ? 0 : 1 + (int)((now - start - First).Ticks / Every.Ticks);

    /// <summary>When pulse <paramref name="number"/> (1-based) opens.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset start, int number) => start + First + ((number - 1) * Every);
}
