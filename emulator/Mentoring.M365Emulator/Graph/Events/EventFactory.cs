using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Meetings;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Builds a stored event from a POST body, adding what Exchange generates (ids, iCalUId, Teams meeting, ...).</summary>
internal static class EventFactory
{
    /// <param name="teamsLicensed">Whether the organizer may hold Teams meetings; without, the event is created offline.</param>
    /// <param name="id">The id of the draft this event replaces when Outlook sends it (the item keeps its id); null for a new one.</param>
    public static StoredEvent Create(JsonObject body, DemoUser organizer, DateTimeOffset now, bool teamsLicensed = true, string? id = null)
    {
        id ??= EventIds.NewMasterId();
        var json = (JsonObject)body.DeepClone();
        var stamp = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var changeKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        json["@odata.etag"] = $"W/\"{changeKey}\"";
        json["id"] = id;
        json["createdDateTime"] = stamp;
        json["lastModifiedDateTime"] = stamp;
        json["changeKey"] = changeKey;
        json["iCalUId"] = "040000008200E00074C5B7101A82E00800000000" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        json["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item";
        json["type"] = json["recurrence"] is null ? "singleInstance" : "seriesMaster";
        json["isOrganizer"] = true;
        json["isCancelled"] = false;
        json["originalStartTimeZone"] = json["start"]?["timeZone"]?.DeepClone();
        json["originalEndTimeZone"] = json["end"]?["timeZone"]?.DeepClone();
        json["organizer"] = Email(organizer.DisplayName, organizer.UserPrincipalName);
        json["attendees"] ??= new JsonArray();
        foreach (var attendee in json["attendees"]!.AsArray().OfType<JsonObject>())
        {
            attendee["type"] ??= "required";
            attendee["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" };
        }

        var meeting = AddOnlineMeeting(json, organizer, now, teamsLicensed);
        if (meeting is not null)
            Meetings.TeamsMeetingBody.Append(json, meeting);
        var stored = new StoredEvent(id, organizer, json) { TransactionId = json["transactionId"]?.GetValue<string>(), Meeting = meeting };
        foreach (var user in AttendeeUsers(json, organizer))
            stored.Attendees.Add(user.Id);
        return stored;
    }

    public static IEnumerable<DemoUser> AttendeeUsers(JsonObject json, DemoUser organizer) =>
        (json["attendees"]?.AsArray() ?? [])
            .Select(a => a?["emailAddress"]?["address"]?.GetValue<string>())
            .Select(address => address is null ? null : DemoDirectory.Find(address))
            .OfType<DemoUser>()
            .Where(u => u.TenantId == organizer.TenantId && u.Id != organizer.Id);

    // The event carries Graph's onlineMeetingInfo only; the chat thread id lives on the onlineMeeting resource.
    private static TeamsMeeting? AddOnlineMeeting(JsonObject json, DemoUser organizer, DateTimeOffset now, bool teamsLicensed)
    {
        var online = json["isOnlineMeeting"]?.GetValue<bool>() == true;
        var teams = (json["onlineMeetingProvider"]?.GetValue<string>() ?? "teamsForBusiness") == "teamsForBusiness";
        if (online && teams && !teamsLicensed)
        {
            // Exchange does not refuse the event: it silently creates it without the meeting, as for a mailbox with no Teams.
            json["isOnlineMeeting"] = false;
            json["onlineMeetingProvider"] = "unknown";
        }

        if (!online || !teams || !teamsLicensed)
        {
            json["onlineMeeting"] = null;
            return null;
        }

        json["onlineMeetingProvider"] = "teamsForBusiness";
        var meeting = TeamsMeeting.New(organizer, now.UtcDateTime);
        json["onlineMeeting"] = new JsonObject
        {
            ["conferenceId"] = meeting.ConferenceId,
            ["joinUrl"] = meeting.JoinWebUrl,
            ["phones"] = new JsonArray(new JsonObject { ["number"] = "+33 1 70 00 00 00", ["type"] = "business" }),
            ["quickDial"] = $"+33170000000,,{meeting.ConferenceId}#",
            ["tollFreeNumbers"] = new JsonArray(),
            ["tollNumber"] = "+33 1 70 00 00 00",
        };
        json["onlineMeetingUrl"] = null;
        return meeting;
    }

    private static JsonObject Email(string name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };
}
