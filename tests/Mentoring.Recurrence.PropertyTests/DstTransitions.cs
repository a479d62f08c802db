namespace Mentoring.Recurrence.PropertyTests;

/// <summary>The local dates on which a zone changes offset, so generators can aim sessions at gaps and overlaps.</summary>
internal static class DstTransitions
{
    /// <summary>Days in 2026–2028 whose noon offset differs from the previous day's; empty for zones without DST.</summary>
    public static IReadOnlyList<DateOnly> Days(string zoneId)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[zoneId];
        var days = new List<DateOnly>();
        for (var day = new DateOnly(2026, 1, 2); day.Year < 2029; day = day.AddDays(1))
        {
            if (NoonOffset(zone, day) != NoonOffset(zone, day.AddDays(-1)))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static NodaTime.Offset NoonOffset(NodaTime.DateTimeZone zone, DateOnly day) =>
        zone.GetUtcOffset(NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc)));
}
