namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>The permission each Graph endpoint needs, and the 403 each service answers without it.</summary>
/// <remarks>
/// From the "Permissions" table of each API page on learn.microsoft.com (least privileged first; app roles and delegated scopes
/// share names here except OnlineMeetings, whose delegated scopes lack ".All"). Exchange (events, calendar, mailboxSettings)
/// answers <c>ErrorAccessDenied</c>, the directory <c>Authorization_RequestDenied</c>, Teams' online meetings <c>Forbidden</c>.
/// </remarks>
internal static class GraphPermissionRules
{
    private static readonly Requirement CalendarsRead = Exchange("Calendars.Read", "Calendars.ReadWrite");
    private static readonly Requirement CalendarsWrite = Exchange("Calendars.ReadWrite");
    private static readonly Requirement MailboxSettingsRead = Exchange("MailboxSettings.Read", "MailboxSettings.ReadWrite");
    private static readonly Requirement MailboxSettingsWrite = Exchange("MailboxSettings.ReadWrite");

    private static readonly Requirement Directory = new(
        ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "User.ReadBasic.All"],
        "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    private static readonly Requirement OnlineMeetingsRead = new(
        ["OnlineMeetings.Read.All", "OnlineMeetings.ReadWrite.All", "OnlineMeetings.Read", "OnlineMeetings.ReadWrite"],
        "Forbidden", "Application does not have the OnlineMeetings.Read.All permission.");

    // learn.microsoft.com/graph/api/meetingattendancereport-list (and -get, attendancerecord-list), "Permissions": delegated and
    // application OnlineMeetingArtifact.Read.All only; no higher privileged permission is listed, so OnlineMeetings.* do not do.
    private static readonly Requirement OnlineMeetingArtifactsRead = new(
        ["OnlineMeetingArtifact.Read.All"], "Forbidden", "Application does not have the OnlineMeetingArtifact.Read.All permission.");

    // Teams' own services answer a missing role with "Forbidden" and name the roles they would have taken.
    private static readonly Requirement TeamsAppsRead = new(
        ["TeamsAppInstallation.ReadForUser.All", "TeamsAppInstallation.ReadWriteSelfForUser.All", "TeamsAppInstallation.ReadWriteForUser.All"],
        "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadForUser.All, TeamsAppInstallation.ReadWriteSelfForUser.All, TeamsAppInstallation.ReadWriteForUser.All'.");

    private static readonly Requirement TeamsAppsWrite = new(
        ["TeamsAppInstallation.ReadWriteSelfForUser.All", "TeamsAppInstallation.ReadWriteForUser.All"],
        "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All, TeamsAppInstallation.ReadWriteForUser.All'.");

    // learn.microsoft.com/graph/api/appcatalogs-list-teamsapps, "Permissions" (application): AppCatalog.Read.All, AppCatalog.ReadWrite.All.
    private static readonly Requirement AppCatalogRead = new(
        ["AppCatalog.Read.All", "AppCatalog.ReadWrite.All"],
        "Forbidden", "Missing role permissions on the request. API requires one of 'AppCatalog.Read.All, AppCatalog.ReadWrite.All'.");

    // learn.microsoft.com/graph/api/userteamwork-sendactivitynotification and teamwork-sendactivitynotificationtorecipients,
    // "Permissions": TeamsActivity.Send (application; TeamsActivity.Send.User is resource-specific consent, which the emulator does not
    // grant). Words as Graph gives them (microsoft-teams-library-js#2256: "Missing role permissions on the request. API requires one of …").
    private static readonly Requirement TeamsActivitySend = new(
        ["TeamsActivity.Send"],
        "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsActivity.Send, TeamsActivity.Send.User'.");

    /// <summary>What a request needs, or null for a path the emulator does not serve (routing then answers 404).</summary>
    public static Requirement? For(string method, PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments.Length >= 2 && string.Equals(segments[1], "appCatalogs", StringComparison.OrdinalIgnoreCase))
            return AppCatalogRead;
        if (segments.Length >= 2 && string.Equals(segments[1], "teamwork", StringComparison.OrdinalIgnoreCase))
            return TeamsActivitySend;
        if (segments.Length < 2 || !string.Equals(segments[1], "users", StringComparison.OrdinalIgnoreCase))
            return null;
        if (segments.Length <= 3)
            return Directory; // /users (list, $search) and /users/{id}
        var read = HttpMethods.IsGet(method);
        return segments[3].ToLowerInvariant() switch
        {
            "mailboxsettings" => read ? MailboxSettingsRead : MailboxSettingsWrite,
            // getSchedule is a POST that only reads.
            "calendar" when segments.Length > 4 && string.Equals(segments[4], "getSchedule", StringComparison.OrdinalIgnoreCase) => CalendarsRead,
            "events" or "calendar" or "calendars" or "calendarview" => read ? CalendarsRead : CalendarsWrite,
            "onlinemeetings" when segments.Length > 5 && string.Equals(segments[5], "attendanceReports", StringComparison.OrdinalIgnoreCase)
                => OnlineMeetingArtifactsRead,
            "onlinemeetings" => OnlineMeetingsRead,
            "teamwork" when segments.Length > 4 && string.Equals(segments[4], "sendActivityNotification", StringComparison.OrdinalIgnoreCase) => TeamsActivitySend,
            "teamwork" => read ? TeamsAppsRead : TeamsAppsWrite,
            _ => null,
        };
    }

    private static Requirement Exchange(params string[] accepted) =>
        new(accepted, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");

    /// <summary>Any one of <paramref name="Accepted"/> lets the request through; otherwise 403 with this code and message.</summary>
    internal sealed record Requirement(IReadOnlyList<string> Accepted, string Code, string Message)
    {
        public bool IsMetBy(GraphCaller caller) => Accepted.Any(caller.Permissions.Contains);
    }
}
