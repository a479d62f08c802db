using Ical.Net;

namespace Mentoring.M365Emulator.Recurrence;

/// <summary>Expands a Graph recurrence into local wall-clock starts with Ical.Net, then applies Graph's range rules.</summary>
/// <remarks>
/// Ical.Net expands in floating (zone-less) time; the zone is applied afterwards by the caller, so the wall-clock
/// time is kept across DST and the gap/overlap rules live in one place (GraphTime.ToUtc).
/// Unlike RFC 5545, where DTSTART is always an instance, Graph's first occurrence is the first date on or after
/// startDate that matches the pattern, and numberOfOccurrences counts matching dates only.
/// </remarks>
internal static class LocalExpansion
{
    public static IEnumerable<DateTime> Expand(GraphRecurrence recurrence, TimeOnly timeOfDay)
    {
        var start = recurrence.StartDate.ToDateTime(timeOfDay);
        var ics = string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentoring//M365Emulator//EN", "BEGIN:VEVENT", "UID:expansion",
            $"DTSTART:{start:yyyyMMdd'T'HHmmss}", "DURATION:PT1M", $"RRULE:{RRuleBuilder.Build(recurrence)}",
            "END:VEVENT", "END:VCALENDAR", "");
        var calendarEvent = Calendar.Load(ics)!.Events.First();

        var count = 0;
        foreach (var occurrence in calendarEvent.GetOccurrences())
        {
            var local = occurrence.Period.StartTime.Value;
            if (local == start && !PatternMatcher.Matches(recurrence, DateOnly.FromDateTime(local)))
                continue;
            if (recurrence.RangeType == "endDate" && DateOnly.FromDateTime(local) > recurrence.EndDate)
                yield break;
            yield return local;
            count++;
            if (recurrence.RangeType == "numbered" && count >= recurrence.NumberOfOccurrences)
                yield break;
        }
    }
}
