using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// The Teams client's meetings, shared by every page that opens one: <c>POST /teams/api/meetings/{id}/join</c> and
/// <c>/leave</c> (<c>{"user": "upn or id"}</c>), <c>PUT …/stage</c> (<c>{"user", "contentUrl"}</c>, what
/// meeting.shareAppContentToStage asks), and <c>GET /teams/api/meetings/{id}</c>, which each page polls to show who is in and
/// the stage. Like the chat, the page speaks for the person signed in to it.
/// </summary>
internal static class MeetingEndpoints
{
    public static void MapTeamsMeetings(this IEndpointRouteBuilder app, MeetingRoster roster)
    {
        app.MapGet("/teams/api/meetings/{meetingId}", (string meetingId) => Results.Json(ToJson(roster.Read(meetingId))));

        app.MapPost("/teams/api/meetings/{meetingId}/join", (string meetingId, JsonObject body) =>
            PersonOf(body) is { } person ? Results.Json(ToJson(roster.Join(meetingId, person))) : Results.NotFound());

        app.MapPost("/teams/api/meetings/{meetingId}/leave", (string meetingId, JsonObject body) =>
        {
            if (PersonOf(body) is not { } person)
                return Results.NotFound();

            // Leaving a meeting one is not in: Teams has no such action; refused rather than recorded.
            return roster.Leave(meetingId, person) is { } left ? Results.Json(ToJson(left)) : Results.Conflict(new JsonObject { ["error"] = "notInMeeting" });
        });

        app.MapPut("/teams/api/meetings/{meetingId}/stage", (string meetingId, JsonObject body) =>
        {
            if (PersonOf(body) is not { } person)
                return Results.NotFound();
            if (body["contentUrl"]?.GetValue<string>() is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out _))
                return Results.BadRequest(new JsonObject { ["error"] = "contentUrl must be an absolute URL" });

            // Only a participant shares to the stage: the side panel that asks is open in a joined meeting.
            return roster.Share(meetingId, person, url) is { } shared ? Results.Json(ToJson(shared)) : Results.Conflict(new JsonObject { ["error"] = "notInMeeting" });
        });
    }

    private static DemoUser? PersonOf(JsonObject body)
    {
        var who = body["user"]?.GetValue<string>() ?? "";
        return who.Length == 0 ? null : DemoDirectory.Find(who);
    }

    private static JsonObject ToJson(MeetingAttendance a) => new()
    {
        ["meetingId"] = a.MeetingId,
        ["stageUrl"] = a.StageUrl,
        ["participants"] = new JsonArray([.. a.InMeeting.Select(i => (JsonNode)new JsonObject { ["id"] = i.PersonId.ToString(), ["displayName"] = i.DisplayName })]),
        ["intervals"] = new JsonArray([.. a.Intervals.Select(i => (JsonNode)new JsonObject
        {
            ["id"] = i.PersonId.ToString(),
            ["displayName"] = i.DisplayName,
            ["joinDateTime"] = i.JoinedAt.UtcDateTime.ToString("O"),
            ["leaveDateTime"] = i.LeftAt?.UtcDateTime.ToString("O"),
        })]),
    };
}
