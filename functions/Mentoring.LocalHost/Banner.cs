using Mentoring.M365Emulator;

namespace Mentoring.LocalHost;

/// <summary>What `scripts/run.sh` prints once the demo is ready: where to click, where the data is, how to stop; routes on demand.</summary>
internal static class Banner
{
    /// <summary>Who to sign in as first, and what each shows (the README's table says more).</summary>
    private static readonly (string Alias, string Shows)[] People =
    [
        ("camille.martin", "mentee and peer: her circles, a follow-up waiting, commitments, progress"),
        ("hugo.bernard", "mentor: Léa's request in his chat, the mentorship's side panel"),
        ("lea.dubois", "peer: the group's follow-up card, her sent request"),
        ("manon.lefevre", "coordinator: « Cohortes », a proposal waiting for answers"),
    ];

    public static string For(LocalHostApp host, string storage, bool withRoutes)
    {
        var teams = new Uri(host.Emulator.BaseUri, "teams/");
        var lines = new List<string> { "", "MentoringAddin is running, with Contoso's demo tenant.", "", "Open in a browser:" };
        foreach (var (alias, shows) in People)
        {
            var user = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));
            lines.Add($"  Teams as {user.DisplayName,-15} {teams}?user={user.UserPrincipalName}");
            lines.Add($"  {"",-24} {shows}");
        }

        lines.Add($"  Outlook as Léa Dubois     {host.Emulator.BaseUri}outlook/?user=lea.dubois@contoso.example&view=new");
        lines.Add($"  API health                {host.BaseUri}api/health");
        lines.Add("");
        lines.Add($"Data: tables and queues in Azurite — {storage}.");
        lines.Add("  Mailboxes, calendars and chats live in the emulator's memory: a restart keeps the tables, not the calendars");
        lines.Add("  (delete .azurite/ for a fresh demo).");
        lines.Add(withRoutes ? "" : "Routes, timers and a curl example: scripts/run.sh --routes (docs/api.md).");
        if (withRoutes)
        {
            lines.AddRange(Routes(host));
        }

        lines.Add("Stop: Ctrl+C.");
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> Routes(LocalHostApp host)
    {
        yield return "Routes:";
        foreach (var route in host.Routes)
        {
            yield return "  " + route;
        }

        var camille = DemoDirectory.Users.First(u => u.Id == DemoSeed.Mentee);
        yield return "";
        yield return $"A token for {camille.DisplayName}, as the Teams web client gets it:";
        yield return $"  curl -s -X POST {host.Emulator.BaseUri}{DemoDirectory.ContosoTenantId}/oauth2/v2.0/token \\";
        yield return $"    -d grant_type=password -d client_id={FirstPartyClients.TeamsWeb} -d username={camille.UserPrincipalName} -d password=demo \\";
        yield return $"    -d scope={DemoDirectory.ApiIdentifierUri}/access_as_user";
        yield return "";
    }
}
