using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mentoring.Api.Tests.Scheduling;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>The agenda reaches the Outlook occurrence: coalesced edits, one update, hostile text inert, the Teams block intact.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class AgendaPublishingTests(AgendaHostFixture fixture)
{
    private static readonly string[] Hostile =
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "&lt;b&gt;entité&amp;",
        "fin \u200Binvisible\u2060",
    ];

    [Fact]
    public async Task Twenty_edits_reach_the_occurrence_as_one_update_with_every_text_inert_and_the_teams_block_intact()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        var before = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        var teamsBlock = TeamsBlock(before);
        Assert.Contains("meetup-join", teamsBlock);

        foreach (var text in Hostile)
        {
            await AddedItemAsync(chloe, circle, session, "question", text);
        }

        for (var i = 0; i < 15; i++)
        {
            await AddedItemAsync(lea, circle, session, "topic", $"Sujet {i}");
        }

        var log = fixture.Host.Emulator.Log;
        log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        bool PatchOfOccurrence(M365Emulator.RequestLogEntry e) =>
            e.Method == "PATCH" && (e.PathAndQuery.Contains(occurrence, StringComparison.Ordinal) || e.PathAndQuery.Contains(Uri.EscapeDataString(occurrence), StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, PatchOfOccurrence);   // not due yet: edits are still being coalesced

        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        Assert.Single(log.Entries, PatchOfOccurrence);
        var body = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        Assert.Equal(teamsBlock, TeamsBlock(body));
        var attachments = (await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray();
        var file = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(attachments)!["contentBytes"]!.GetValue<string>()));
        foreach (var html in new[] { body, file })
        {
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(document.Body!.TextContent, c => c is '\u200B' or '\u2060' or '\u202E');
            var text = document.Body!.TextContent;
            Assert.Contains("<script>alert('x')</script>", text);   // shown as text, exactly as typed
            Assert.Contains("&lt;b&gt;entité&amp;", text);
            Assert.Contains("Sujet 14", text);
        }
    }

    [Fact]
    public async Task An_unchanged_agenda_is_not_uploaded_again_and_a_changed_one_replaces_its_file_by_id()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        var item = await AddedItemAsync(lea, circle, session, "topic", "Mon CV");
        var log = fixture.Host.Emulator.Log;
        log.Clear();
        await PublishDueAsync();
        Assert.Equal((1, 0), AttachmentWrites());

        // Edited, then edited back: the agenda is marked again, but its file is the one already attached.
        var url = $"circles/{circle}/sessions/{session}/agenda/items/{Id(item)}";
        (await PatchAsync(lea, url, new { text = "Ma lettre" })).EnsureSuccessStatusCode();
        (await PatchAsync(lea, url, new { text = "Mon CV" })).EnsureSuccessStatusCode();
        await PublishDueAsync();
        Assert.Equal((1, 0), AttachmentWrites());

        (await PatchAsync(lea, url, new { text = "Mon CV et ma lettre" })).EnsureSuccessStatusCode();
        await PublishDueAsync();
        Assert.Equal((2, 1), AttachmentWrites());
        var attachments = (await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray();
        var file = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(attachments)!["contentBytes"]!.GetValue<string>()));
        Assert.Contains("Mon CV et ma lettre", file);

        (int Added, int Deleted) AttachmentWrites() => (
            log.Entries.Count(e => e.Method == "POST" && e.Status == 201 && e.PathAndQuery.Contains("/attachments", StringComparison.Ordinal)),
            log.Entries.Count(e => e.Method == "DELETE" && e.Status == 204 && e.PathAndQuery.Contains("/attachments/", StringComparison.Ordinal)));
    }

    private async Task PublishDueAsync()
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
    }

    /// <summary>Everything from the first Teams separator line to the last one, as Exchange wrote it.</summary>
    private static string TeamsBlock(string body)
    {
        var start = body.IndexOf("<div style=\"width:100%\"><span", StringComparison.Ordinal);
        var end = body.LastIndexOf("________________", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The body has no Teams meeting block.");
        return body[start..end];
    }
}
