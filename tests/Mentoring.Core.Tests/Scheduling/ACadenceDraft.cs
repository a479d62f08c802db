using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>Test-data builder for drafts: the minimum a user must give (first date, start time, zone) relative to a fixed now.</summary>
internal static class ACadenceDraft
{
    /// <summary>Thursday 1 January 2026, 09:00 UTC: a fixed now until the tests take a FakeTimeProvider.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 13 January 2026, the second Tuesday, 18:00 in Paris.</summary>
    public static CadenceDraft Minimal() => new(FirstDate: new DateOnly(2026, 1, 13), StartTime: new TimeOnly(18, 0), TimeZone: "Europe/Paris");
}
