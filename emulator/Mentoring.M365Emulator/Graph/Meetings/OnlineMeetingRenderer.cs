using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>Graph's onlineMeeting JSON for the meeting of a stored event (the subset the docs' joinWebUrl sample shows).</summary>
internal static class OnlineMeetingRenderer
{
    public static JsonObject Render(StoredEvent stored, TeamsMeeting meeting)
    {
        var start = GraphTime.ReadUtc(stored.Json["start"]) ?? meeting.CreatedUtc;
        var end = GraphTime.ReadUtc(stored.Json["end"]) ?? start;
        return new JsonObject
        {
            ["id"] = meeting.Id,
            ["creationDateTime"] = GraphTime.Utc(meeting.CreatedUtc),
            ["startDateTime"] = GraphTime.Utc(start),
            ["endDateTime"] = GraphTime.Utc(end),
            ["joinWebUrl"] = meeting.JoinWebUrl,
            ["subject"] = stored.Json["subject"]?.DeepClone(),
            ["isEntryExitAnnounced"] = true,
            ["allowedPresenters"] = "everyone",
            ["chatInfo"] = new JsonObject
            {
                ["threadId"] = meeting.ThreadId,
                ["messageId"] = "0",
                ["replyChainMessageId"] = null,
            },
            ["participants"] = new JsonObject
            {
                ["organizer"] = Identity(stored.Organizer, "presenter"),
                ["attendees"] = new JsonArray(stored.Attendees
                    .Select(id => DemoDirectory.Find(id.ToString())!)
                    .Select(u => (JsonNode)Identity(u, "attendee")).ToArray()),
            },
            ["joinMeetingIdSettings"] = new JsonObject
            {
                ["isPasscodeRequired"] = false,
                ["joinMeetingId"] = meeting.ConferenceId,
                ["passcode"] = null,
            },
        };
    }

    private static JsonObject Identity(DemoUser user, string role) => new()
    {
        ["upn"] = user.UserPrincipalName,
        ["role"] = role,
        ["identity"] = new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = user.Id.ToString(),
                ["displayName"] = null,
                ["tenantId"] = user.TenantId.ToString(),
                ["identityProvider"] = "AAD",
            },
        },
    };
}
