using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Recurrence;

/// <summary>A Graph patternedRecurrence, parsed and checked the way Graph checks it.</summary>
internal sealed record GraphRecurrence(
    string Type,
    int Interval,
    int Month,
    int DayOfMonth,
    IReadOnlyList<DayOfWeek> DaysOfWeek,
    DayOfWeek FirstDayOfWeek,
    string Index,
    string RangeType,
    DateOnly StartDate,
    DateOnly? EndDate,
    int NumberOfOccurrences)
{
    private static readonly string[] Types =
        ["daily", "weekly", "absoluteMonthly", "relativeMonthly", "absoluteYearly", "relativeYearly"];

    private static readonly string[] Indexes = ["first", "second", "third", "fourth", "last"];

    /// <summary>Parses {pattern, range}; returns null and an error message Graph-like enough for a 400.</summary>
    public static GraphRecurrence? Parse(JsonNode node, out string error)
    {
        error = "";
        var pattern = node["pattern"];
        var range = node["range"];
        var type = pattern?["type"]?.GetValue<string>() ?? "";
        if (!Types.Contains(type))
            return Fail(out error, $"Recurrence pattern type '{type}' is not valid.");
        var days = (pattern!["daysOfWeek"]?.AsArray() ?? []).Select(d => ParseDay(d?.GetValue<string>())).ToArray();
        if (days.Any(d => d is null))
            return Fail(out error, "daysOfWeek contains an invalid day.");
        var index = pattern["index"]?.GetValue<string>() ?? "first";
        if (!Indexes.Contains(index))
            return Fail(out error, $"Recurrence index '{index}' is not valid.");
        if (!DateOnly.TryParseExact(range?["startDate"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            return Fail(out error, "recurrence.range.startDate is required (yyyy-MM-dd).");
        DateOnly? end = DateOnly.TryParseExact(range!["endDate"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : null;
        var rangeType = range["type"]?.GetValue<string>() ?? "noEnd";

        var recurrence = new GraphRecurrence(
            type,
            pattern["interval"]?.GetValue<int>() ?? 1,
            pattern["month"]?.GetValue<int>() ?? 0,
            pattern["dayOfMonth"]?.GetValue<int>() ?? 0,
            days.Select(d => d!.Value).ToArray(),
            ParseDay(pattern["firstDayOfWeek"]?.GetValue<string>()) ?? DayOfWeek.Sunday,
            index,
            rangeType,
            start,
            end,
            range["numberOfOccurrences"]?.GetValue<int>() ?? 0);
        error = recurrence.Check();
        return error.Length == 0 ? recurrence : null;
    }

    public static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    private string Check() => this switch
    {
        { Interval: < 1 } => "recurrence.pattern.interval must be at least 1.",
        { Type: "weekly" or "relativeMonthly" or "relativeYearly", DaysOfWeek.Count: 0 } => "daysOfWeek is required for this pattern type.",
        { Type: "absoluteMonthly" or "absoluteYearly", DayOfMonth: < 1 or > 31 } => "dayOfMonth must be within 1..31.",
        { Type: "absoluteYearly" or "relativeYearly", Month: < 1 or > 12 } => "month must be within 1..12.",
        { RangeType: "endDate", EndDate: null } => "recurrence.range.endDate is required for an endDate range.",
        { RangeType: "endDate" } when EndDate < StartDate => "recurrence.range.endDate is before startDate.",
        { RangeType: "numbered", NumberOfOccurrences: < 1 } => "numberOfOccurrences must be at least 1.",
        { RangeType: not ("endDate" or "noEnd" or "numbered") } => $"Recurrence range type '{RangeType}' is not valid.",
        _ => "",
    };

    private static DayOfWeek? ParseDay(string? name) =>
        Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) ? day : null;

    private static GraphRecurrence? Fail(out string error, string message)
    {
        error = message;
        return null;
    }
}
