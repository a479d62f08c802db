using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>The manifest's Outlook extension matches what the task pane uses: its page, and the requirement sets it relies on.</summary>
public sealed partial class OutlookExtensionTests
{
    private static JsonNode Extension => JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json")))!["extensions"]![0]!;

    /// <summary>The pane's own declaration of the Mailbox sets (web/src/features/outlook/host/outlookHost.ts).</summary>
    private static Dictionary<string, Version> PaneMailboxSets()
    {
        var source = File.ReadAllText(Repo.PathOf("web", "src", "features", "outlook", "host", "outlookHost.ts"));
        var declaration = MailboxDeclaration().Match(source);
        Assert.True(declaration.Success, "outlookHost.ts no longer declares MAILBOX = { minimum, recurrence, itemId }");
        return VersionEntry().Matches(declaration.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => Version.Parse(m.Groups[2].Value));
    }

    [Fact]
    public void The_extension_requires_exactly_the_mailbox_set_the_pane_needs_to_load_and_leaves_adoption_sets_to_a_runtime_check()
    {
        var sets = PaneMailboxSets();
        var capability = Assert.Single(Extension["requirements"]!["capabilities"]!.AsArray());
        Assert.Equal("Mailbox", (string?)capability!["name"]);
        Assert.Equal(sets["minimum"], Version.Parse((string)capability["minVersion"]!));

        // Requiring 1.8 in the manifest would hide the add-in from the Outlooks the pane's fallback is for.
        Assert.True(sets["recurrence"] > sets["minimum"] && sets["itemId"] > sets["recurrence"]);
        Assert.Equal((new Version(1, 7), new Version(1, 8)), (sets["recurrence"], sets["itemId"]));
    }

    [Fact]
    public void The_runtime_opens_the_task_pane_page_the_web_front_end_serves_from_the_organizer_ribbon()
    {
        var extension = Extension;
        var page = (string)extension["runtimes"]![0]!["code"]!["page"]!;
        Assert.Equal("https://{{APP_DOMAIN}}/tab/taskpane", page);
        var router = File.ReadAllText(Repo.PathOf("web", "src", "app", "PageRouter.tsx"));
        Assert.Contains("page === \"taskpane\"", router, StringComparison.Ordinal);
        Assert.Equal(["meetingDetailsOrganizer"], extension["ribbons"]![0]!["contexts"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["mail"], extension["requirements"]!["scopes"]!.AsArray().Select(c => (string)c!));
    }

    [GeneratedRegex(@"export const MAILBOX = \{([^}]*)\}")]
    private static partial Regex MailboxDeclaration();

    [GeneratedRegex(@"(\w+): ""(\d+\.\d+)""")]
    private static partial Regex VersionEntry();
}
