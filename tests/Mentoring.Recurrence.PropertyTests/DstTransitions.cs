namespace Mentoring.Recurrence.PropertyTests;

/// <summary>The local dates on which a zone changes offset, so generators can aim sessions at gaps and overlaps.</summary>
internal static class DstTransitions
{
    /// <summary>Days in 2026–2028 whose noon offset differs from the previous day's; empty for zones without DST.</summary>
    public static IReadOnlyList<DateOnly> Days(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var days = new List<DateOnly>();
        for (var day = new DateOnly(2026, 1, 2); day.Year < 2029; day = day.AddDays(1))
        {
            if (zone.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0))) != zone.GetUtcOffset(day.AddDays(-1).ToDateTime(new TimeOnly(12, 0))))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
