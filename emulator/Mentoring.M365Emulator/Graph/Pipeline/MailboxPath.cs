namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Finds the mailbox a Graph request targets, which is what Outlook's limits are counted against.</summary>
internal static class MailboxPath
{
    /// <summary>"/v1.0/users/camille.martin@contoso.example/events" gives that user's id (or the raw segment if unknown).</summary>
    public static string? Mailbox(PathString path) =>
        Segment(path) is { } raw ? DemoDirectory.Find(raw)?.Id.ToString() ?? raw.ToLowerInvariant() : null;

    /// <summary>The user segment of /v1.0/users/{idOrUpn}/..., unescaped; null for other paths.</summary>
    public static string? Segment(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments.Length < 3 || !string.Equals(segments[1], "users", StringComparison.OrdinalIgnoreCase))
            return null;
        return Uri.UnescapeDataString(segments[2]);
    }
}
