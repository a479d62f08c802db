using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>
/// What Exchange does to the body of a new Teams meeting: wraps it in an HTML document and appends the Teams meeting block
/// (between two lines of underscores: the join link, the meeting id) that clients must keep intact when they edit the body.
/// </summary>
internal static class TeamsMeetingBody
{
    public const string Separator = "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">________________________________________________________________________________</span></div>";

    public static void Append(JsonObject json, TeamsMeeting meeting)
    {
        var content = json["body"]?["content"]?.GetValue<string>() ?? "";
        var block = $"{Separator}<div class=\"me-email-text\" style=\"color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif\" lang=\"fr-FR\">"
            + "<div style=\"margin-top:24px;margin-bottom:20px\"><span style=\"font-size:24px;color:#252424\">Réunion Microsoft Teams</span></div>"
            + $"<div style=\"margin-bottom:20px\"><a class=\"me-email-headline\" href=\"{meeting.JoinWebUrl}\" target=\"_blank\" rel=\"noreferrer noopener\">Rejoindre la réunion maintenant</a></div>"
            + $"<div style=\"margin-bottom:4px\"><span data-tid=\"meeting-code\">ID de la réunion : {meeting.ConferenceId}</span></div></div>{Separator}";
        json["body"] = new JsonObject
        {
            ["contentType"] = "html",
            ["content"] = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>{content}{block}</body></html>",
        };
    }
}
