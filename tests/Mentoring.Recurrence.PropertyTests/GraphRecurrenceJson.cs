using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.Scheduling;

namespace Mentoring.Recurrence.PropertyTests;

/// <summary>Maps a cadence to the JSON Graph takes on <c>POST /users/{id}/events</c>: <c>start</c> and <c>recurrence</c>.</summary>
/// <remarks>
/// A stand-in for the production mapping (Infrastructure, later); it writes the wire format so that any emulator reading Graph
/// JSON can take it. The zone stays IANA in both <c>start.timeZone</c> and <c>range.recurrenceTimeZone</c>, which Graph accepts.
/// <c>range.startDate</c> is the first date, as Graph requires.
/// </remarks>
internal static class GraphRecurrenceJson
{
    private static readonly string[] Indexes = ["first", "second", "third", "fourth", "last"];

    /// <summary>The event's <c>start</c>, a <c>dateTimeTimeZone</c> in local wall-clock time.</summary>
    public static JsonObject Start(Cadence cadence) => new()
    {
        ["dateTime"] = cadence.FirstDate.ToDateTime(cadence.StartTime).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = cadence.TimeZone,
    };

    /// <summary>The event's <c>recurrence</c>, a <c>patternedRecurrence</c>.</summary>
    public static JsonObject Recurrence(Cadence cadence) => new()
    {
        ["pattern"] = Pattern(cadence.Pattern),
        ["range"] = Range(cadence),
    };

    private static JsonObject Pattern(RecurrencePattern pattern) => pattern switch
    {
        WeeklyPattern p => new JsonObject
        {
            ["type"] = "weekly",
            ["interval"] = p.Interval,
            ["daysOfWeek"] = new JsonArray(Day(p.Day)),
            ["firstDayOfWeek"] = "sunday",
        },
        MonthlyOnDayPattern p => new JsonObject { ["type"] = "absoluteMonthly", ["interval"] = p.Interval, ["dayOfMonth"] = p.DayOfMonth },
        MonthlyOnWeekdayPattern p => new JsonObject
        {
            ["type"] = "relativeMonthly",
            ["interval"] = p.Interval,
            ["daysOfWeek"] = new JsonArray(Day(p.Day)),
            ["index"] = Indexes[(int)p.Week],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern."),
    };

    private static JsonObject Range(Cadence cadence)
    {
        var range = new JsonObject { ["startDate"] = Date(cadence.FirstDate), ["recurrenceTimeZone"] = cadence.TimeZone };
        switch (cadence.Range)
        {
            case NumberedRange n:
                range["type"] = "numbered";
                range["numberOfOccurrences"] = n.Count;
                break;
            case EndDateRange e:
                range["type"] = "endDate";
                range["endDate"] = Date(e.EndDate);
                break;
        }

        return range;
    }

    private static string Day(DayOfWeek day) => day.ToString().ToLowerInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
