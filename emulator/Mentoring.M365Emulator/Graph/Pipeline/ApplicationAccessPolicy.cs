namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>An Exchange application access policy (New-ApplicationAccessPolicy -AccessRight RestrictAccess) that leaves some mailboxes out.</summary>
/// <remarks>
/// learn.microsoft.com/graph/auth-limit-mailbox-access: the policy restricts apps holding application permissions on calendars,
/// contacts, mail and mailbox settings, to the mailboxes of one group; a call on any other mailbox answers 403
/// <c>ErrorAccessDenied</c> "Access to OData is disabled." ("Handling API errors"). Delegated calls are not restricted (the page
/// speaks only of application permissions); directory, Teams and online-meeting paths are not Exchange's.
/// </remarks>
internal static class ApplicationAccessPolicy
{
    public const string Message = "Access to OData is disabled.";

    private static readonly HashSet<string> ExchangeSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "events", "calendar", "calendars", "calendarview", "calendargroups", "mailboxsettings",
        "messages", "mailfolders", "sendmail", "contacts", "contactfolders",
    };

    public static bool Denies(EmulatorPermissions permissions, PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments.Length < 4 || !string.Equals(segments[1], "users", StringComparison.OrdinalIgnoreCase))
            return false;
        if (!ExchangeSegments.Contains(segments[3]))
            return false;
        return DemoDirectory.Find(Uri.UnescapeDataString(segments[2])) is { } user && permissions.IsOutsideAccessPolicy(user.Id);
    }
}
