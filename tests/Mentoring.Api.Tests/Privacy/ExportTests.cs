using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>The export holds every stored row that names me, read from the stores themselves, and nothing private of anyone else.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ExportTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task The_export_holds_every_row_of_every_table_that_names_me_and_not_another_members_note()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        await WrittenCircleAsync(manon, ines);

        var export = await PrivacyApi.ExportAsync(manon);

        var naming = await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Manon));
        Assert.NotEmpty(naming);
        Assert.Empty(naming.Except(PrivacyApi.Keys(export)));
        Assert.Superset(new HashSet<string> { "circle", "commitment", "item", "membership", "note", "pause", "person", "session", "thanks" }, PrivacyApi.Kinds(export).ToHashSet());
        var text = export.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Mon blocage : le réseau", text);
        Assert.Contains("Merci pour la relecture", text);
        Assert.DoesNotContain("Note d'Inès", text);
        Assert.Equal(Users.Manon.Id.ToString(), export["personId"]!.GetValue<string>());
        Assert.Contains(export["records"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "note" && r["writtenBySubject"]!.GetValue<bool>());
        Assert.Contains(export["records"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "thanks" && !r["writtenBySubject"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_new_kind_of_record_in_a_circle_is_exported_without_code_for_it()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        var (circle, _) = await WrittenCircleAsync(manon, ines);
        var circles = new TableServiceClient("UseDevelopmentStorage=true").GetTableClient(fixture.TablePrefix + "Circles");
        await circles.AddEntityAsync(new TableEntity($"{Users.Manon.TenantId}_{circle}", "mood_" + Guid.NewGuid()) { ["AuthorId"] = Users.Manon.Id, ["Json"] = "{\"mood\":\"confiante\"}" });

        var export = await PrivacyApi.ExportAsync(manon);

        Assert.Contains("mood", PrivacyApi.Kinds(export));
        Assert.Empty((await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Manon))).Except(PrivacyApi.Keys(export)));
    }

    [Fact]
    public async Task The_summary_beside_the_file_is_a_readable_page_in_french_or_english()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        await WrittenCircleAsync(manon, ines);
        using var manonEn = await fixture.Users.AsAsync(Users.Manon, "en-US");

        var fr = await manon.GetAsync("me/export/summary");
        var en = await manonEn.GetAsync("me/export/summary");

        Assert.Equal("text/html", fr.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", fr.Content.Headers.ContentDisposition?.ToString());
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await fr.Content.ReadAsStringAsync());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Mes données", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.StartsWith("Notes privées", StringComparison.Ordinal));
        Assert.Contains("Mon blocage : le réseau", page.Body!.TextContent);
        var english = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await en.Content.ReadAsStringAsync());
        Assert.Equal("My data", english.QuerySelector("h1")!.TextContent);
        Assert.Contains(english.QuerySelectorAll("h2"), h => h.TextContent.StartsWith("Private notes", StringComparison.Ordinal));
    }

    /// <summary>Manon and Inès with Chloé in a group Manon scheduled: each writes; Manon pauses.</summary>
    private async Task<(string Circle, string Session)> WrittenCircleAsync(HttpClient manon, HttpClient ines)
    {
        var (circle, sessions) = await fixture.ScheduledAsync(manon, Circles.PeerGroup(Users.Manon, Users.Ines, Users.Chloe));
        var session = Id(sessions[0]);
        await AddedItemAsync(manon, circle, session, "blocker", "Mon blocage : le réseau");
        await AddedItemAsync(ines, circle, session, "question", "Question d'Inès");
        await PrivacyApi.PostJsonAsync(manon, $"circles/{circle}/sessions/{session}/commitments", new { text = "Appeler deux recruteurs" });
        Assert.True((await manon.PutAsJsonAsync($"circles/{circle}/sessions/{session}/note", new { text = "Ma note privée" })).IsSuccessStatusCode);
        Assert.True((await ines.PutAsJsonAsync($"circles/{circle}/sessions/{session}/note", new { text = "Note d'Inès" })).IsSuccessStatusCode);
        await PrivacyApi.PostJsonAsync(ines, $"circles/{circle}/thanks", new { to = Users.Manon.Id.ToString(), what = "Merci pour la relecture" });
        Assert.Equal(HttpStatusCode.OK, (await manon.PutAsJsonAsync("me/pause", new { paused = true })).StatusCode);
        return (circle, session);
    }
}
