using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Outlook;

/// <summary>Appointments as Outlook sends them to Exchange: local times in a Windows zone, a patterned recurrence, a Teams meeting.</summary>
public static class Appointments
{
    public const string Paris = "Romance Standard Time";

    /// <summary>Every two weeks on the first date's weekday at 18:00 Paris, twelve times.</summary>
    public static JsonObject Fortnightly(DateOnly first, params DemoUser[] attendees) =>
        Recurring(first, new JsonObject
        {
            ["type"] = "weekly",
            ["interval"] = 2,
            ["daysOfWeek"] = new JsonArray(first.DayOfWeek.ToString().ToLowerInvariant()),
            ["firstDayOfWeek"] = "sunday",
        }, 12, attendees);

    /// <summary>Monthly on the first date's weekday of its week (the first Thursday, say) at 18:00 Paris, six times.</summary>
    public static JsonObject Monthly(DateOnly first, params DemoUser[] attendees) =>
        Recurring(first, new JsonObject
        {
            ["type"] = "relativeMonthly",
            ["interval"] = 1,
            ["daysOfWeek"] = new JsonArray(first.DayOfWeek.ToString().ToLowerInvariant()),
            ["index"] = ((first.Day - 1) / 7) switch { 0 => "first", 1 => "second", 2 => "third", 3 => "fourth", _ => "last" },
        }, 6, attendees);

    public static JsonObject AllDay(DateOnly first, params DemoUser[] attendees)
    {
        var body = Fortnightly(first, attendees);
        body["isAllDay"] = true;
        body["start"] = Local(first, "00:00");
        body["end"] = Local(first.AddDays(1), "00:00");
        return body;
    }

    public static JsonObject Single(DateOnly day, params DemoUser[] attendees)
    {
        var body = Fortnightly(day, attendees);
        body.Remove("recurrence");
        return body;
    }

    /// <summary>Attendees by address only, as typed in Outlook (an address of another organization, say).</summary>
    public static JsonObject WithAttendeeAddresses(JsonObject body, params string[] addresses)
    {
        foreach (var address in addresses)
        {
            body["attendees"]!.AsArray().Add(Attendee(address, address));
        }

        return body;
    }

    private static JsonObject Recurring(DateOnly first, JsonObject pattern, int count, DemoUser[] attendees) => new()
    {
        ["subject"] = "Rendez-vous " + Guid.NewGuid().ToString("N")[..6],
        ["start"] = Local(first, "18:00"),
        ["end"] = Local(first, "19:00"),
        ["attendees"] = new JsonArray([.. attendees.Select(a => (JsonNode)Attendee(a.UserPrincipalName, a.DisplayName))]),
        ["isOnlineMeeting"] = true,
        ["onlineMeetingProvider"] = "teamsForBusiness",
        ["recurrence"] = new JsonObject
        {
            ["pattern"] = pattern,
            ["range"] = new JsonObject
            {
                ["type"] = "numbered",
                ["numberOfOccurrences"] = count,
                ["startDate"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["recurrenceTimeZone"] = Paris,
            },
        },
    };

    private static JsonObject Attendee(string address, string name) =>
        new() { ["type"] = "required", ["emailAddress"] = new JsonObject { ["address"] = address, ["name"] = name } };

    private static JsonObject Local(DateOnly day, string time) =>
        new() { ["dateTime"] = $"{day:yyyy-MM-dd}T{time}:00.0000000", ["timeZone"] = Paris };
}
