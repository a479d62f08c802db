using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.Core.Agendas;
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
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        Assert.DoesNotContain(log.Entries, e => OfOccurrence(e, occurrence));   // not ready yet: the day before the session

        Ready(sessions[0]);
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        Assert.Single(log.Entries, e => e.Method == "PATCH" && OfOccurrence(e, occurrence));
        Assert.Empty((await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray());   // the file goes with the final update

        fixture.Clock.SetUtcNow(Start(sessions[0]).AddMinutes(-65));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
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

        // Teams opens an org catalog app by the tenant's catalog id, never the manifest's (Core ITeamsAppLinks).
        var catalogId = fixture.Host.Emulator.BotConnector.Catalog.CatalogId(Users.Lea.TenantId, Mentoring.M365Emulator.BotFramework.DemoBot.TeamsAppId);
        Assert.Contains($"href=\"https://teams.microsoft.com/l/entity/{catalogId}/meeting-panel\"", body);
        Assert.DoesNotContain(Mentoring.M365Emulator.BotFramework.DemoBot.TeamsAppId, body);
    }

    [Fact]
    public async Task Every_publish_costs_at_most_three_requests_an_unchanged_agenda_none_the_file_goes_once_with_the_final_update_and_a_third_is_never_sent()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        var item = await AddedItemAsync(lea, circle, session, "topic", "Mon CV");
        var log = fixture.Host.Emulator.Log;
        Ready(sessions[0]);
        log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        Assert.Equal(["GET", "PATCH"], log.Entries.Where(e => OfOccurrence(e, occurrence)).Select(e => e.Method));   // the body alone
        Assert.Empty((await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray());

        // Edited, then edited back: the agenda is marked again, but it is the one attendees have: not a single request.
        var url = $"circles/{circle}/sessions/{session}/agenda/items/{Id(item)}";
        (await PatchAsync(lea, url, new { text = "Ma lettre" })).EnsureSuccessStatusCode();
        (await PatchAsync(lea, url, new { text = "Mon CV" })).EnsureSuccessStatusCode();
        log.Clear();
        await PublishDueAsync();
        Assert.DoesNotContain(log.Entries, e => OfOccurrence(e, occurrence));

        // Changed: the final update waits for the final lead before the session, then adds the file and writes the body. No
        // file to replace, so no DELETE: three requests, as the first publish of a session made that late.
        (await PatchAsync(lea, url, new { text = "Mon CV et ma lettre" })).EnsureSuccessStatusCode();
        await PublishDueAsync();
        Assert.DoesNotContain(log.Entries, e => OfOccurrence(e, occurrence));
        fixture.Clock.SetUtcNow(Start(sessions[0]).AddMinutes(-65));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        Assert.Equal(["GET", "POST", "PATCH"], log.Entries.Where(e => OfOccurrence(e, occurrence)).Select(e => e.Method));   // file first, then the body
        var attachments = (await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray();
        var file = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(attachments)!["contentBytes"]!.GetValue<string>()));
        Assert.Contains("Mon CV et ma lettre", file);
        Assert.Contains("est aussi joint", (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>());

        // Members had their two updates: later edits stay in the tab.
        (await PatchAsync(lea, url, new { text = "Mon CV, ma lettre et mon pitch" })).EnsureSuccessStatusCode();
        log.Clear();
        await PublishDueAsync();
        Assert.DoesNotContain(log.Entries, e => OfOccurrence(e, occurrence));
    }

    [Fact]
    public async Task An_agenda_unchanged_since_its_first_update_still_gets_its_file_with_the_final_one_and_attendees_two_updates_at_most()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        var iCalUId = (await graph.GetAsync(Users.Lea, $"events/{master}"))["iCalUId"]!.GetValue<string>();
        await AddedItemAsync(lea, circle, Id(sessions[0]), "topic", "Ma reconversion en un an");
        Ready(sessions[0]);
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        var log = fixture.Host.Emulator.Log;
        log.Clear();
        fixture.Clock.SetUtcNow(Start(sessions[0]).AddMinutes(-65));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        Assert.Equal(["GET", "POST", "PATCH"], log.Entries.Where(e => OfOccurrence(e, occurrence)).Select(e => e.Method));
        var updates = fixture.Host.Emulator.MeetingMail.For(Users.Nicolas.Id).Where(m => m.ICalUId == iCalUId && m.IsUpdate).ToList();
        Assert.Equal(2, updates.Count);
        Assert.Empty(updates[0].Attachments);
        Assert.Equal([AgendaHtml.FileName], updates[1].Attachments);   // the file rides with the update that announces it
    }

    [Fact]
    public async Task Words_the_organizer_wrote_in_the_invitation_between_two_publishes_stay_and_the_agenda_is_there_once()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, session, first, occurrence) = await FirstPublishAsync(graph, lea);

        // The organizer writes in the invitation in Outlook, after the product's first write.
        var published = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        var own = "Apportez vos CV imprimés " + Guid.NewGuid().ToString("N")[..6];
        var at = published.IndexOf("<div", published.IndexOf("<body", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        await graph.PatchBodyAsync(Users.Lea, occurrence, published.Insert(at, $"<p>{own}</p>"));

        await AddedItemAsync(lea, circle, session, "topic", "Second sujet");
        fixture.Clock.SetUtcNow(Start(first).AddMinutes(-65));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        var body = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        Assert.Contains(own, body);
        Assert.Contains("Second sujet", body);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "meeting-panel"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "Premier sujet"));
    }

    [Fact]
    public async Task A_new_time_for_the_series_puts_the_published_agenda_back_into_the_occurrence_exchange_regenerated()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var topic = "Pitch " + Guid.NewGuid().ToString("N")[..4];
        await AddedItemAsync(lea, circle, Id(sessions[0]), "topic", topic);
        Ready(sessions[0]);
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        Assert.Contains(topic, await FirstBodyAsync(graph, master));

        // The same day, half an hour later: Exchange drops the occurrence's own body and file with the series' exceptions.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Start(sessions[0]), paris).DateTime).ToString("yyyy-MM-dd");
        var changed = await lea.PatchAsJsonAsync($"circles/{circle}/series", new { firstDate = day, startTime = "18:30", timeZone = "Europe/Paris" });
        Assert.Equal(System.Net.HttpStatusCode.OK, changed.StatusCode);
        Assert.DoesNotContain(topic, await FirstBodyAsync(graph, master));

        // The second update goes at the latest time (the first was sent): an hour before the session.
        fixture.Clock.SetUtcNow(Start(sessions[0]).AddMinutes(30).AddMinutes(-45));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        Assert.Contains(topic, await FirstBodyAsync(graph, master));
        Assert.Single((await graph.GetAsync(Users.Lea, $"events/{(await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>()}/attachments"))["value"]!.AsArray());
    }

    private static async Task<string> FirstBodyAsync(GraphProbe graph, string master)
    {
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        return (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_body_whose_markers_outlook_lost_keeps_its_one_agenda_gets_no_second_and_the_organizer_is_told()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, session, first, occurrence) = await FirstPublishAsync(graph, lea);

        // The organizer edits the invitation in an Outlook that re-saves it without the empty marker divs.
        var published = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        var stripped = System.Text.RegularExpressions.Regex.Replace(published, "<div id=\"x_mentoring-agenda(-end)?\"></div>", "");
        Assert.NotEqual(published, stripped);
        await graph.PatchBodyAsync(Users.Lea, occurrence, stripped);

        await AddedItemAsync(lea, circle, session, "topic", "Second sujet");
        fixture.Clock.SetUtcNow(Start(first).AddMinutes(-65));
        var log = fixture.Host.Emulator.Log;
        log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        Assert.DoesNotContain(log.Entries, e => e.Method == "PATCH" && OfOccurrence(e, occurrence));
        var body = (await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "meeting-panel"));
        Assert.Contains("Premier sujet", body);
        var attachments = (await graph.GetAsync(Users.Lea, $"events/{occurrence}/attachments"))["value"]!.AsArray();
        Assert.Contains("Second sujet", Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(attachments)!["contentBytes"]!.GetValue<string>())));

        // Said to the organizer, who can mend the invitation in their calendar; the other members' agenda says nothing.
        Assert.True((await AgendaAsync(lea, circle, session))["outlookMarkersLost"]!.GetValue<bool>());
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        Assert.False((await AgendaAsync(nicolas, circle, session))["outlookMarkersLost"]!.GetValue<bool>());
    }

    /// <summary>Léa's group with « Premier sujet » on its first session, published once by the timer (the first update).</summary>
    private async Task<(string Circle, string Session, JsonNode? First, string Occurrence)> FirstPublishAsync(GraphProbe graph, HttpClient lea)
    {
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        await AddedItemAsync(lea, circle, session, "topic", "Premier sujet");
        Ready(sessions[0]);
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        return (circle, session, sessions[0], occurrence);
    }

    private async Task PublishDueAsync()
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
    }

    /// <summary>Moves the clock to the day before the session, when its agenda is ready to go to Outlook.</summary>
    private void Ready(JsonNode? session)
    {
        var ready = Start(session).AddDays(-1);
        if (ready > fixture.Clock.GetUtcNow())
        {
            fixture.Clock.SetUtcNow(ready);
        }
    }

    private static DateTimeOffset Start(JsonNode? session) => DateTimeOffset.Parse(session!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    private static bool OfOccurrence(M365Emulator.RequestLogEntry e, string occurrence) =>
        e.PathAndQuery.Contains(occurrence, StringComparison.Ordinal) || e.PathAndQuery.Contains(Uri.EscapeDataString(occurrence), StringComparison.Ordinal);

    /// <summary>Everything from the first Teams separator line to the last one, as Exchange wrote it.</summary>
    private static string TeamsBlock(string body)
    {
        var start = body.IndexOf("<div style=\"width:100%\"><span", StringComparison.Ordinal);
        var end = body.LastIndexOf("________________", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The body has no Teams meeting block.");
        return body[start..end];
    }
}
