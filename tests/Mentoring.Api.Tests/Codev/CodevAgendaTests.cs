using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.Api.Tests.Scheduling;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Codev;

/// <summary>A session in co-développement mode has its own agenda (the client's problem, their request), in the side panel and in Outlook.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class CodevAgendaTests(AgendaHostFixture fixture)
{
    private static readonly string[] Usual = ["round", "commitments", "questions", "topic"];

    [Fact]
    public async Task A_codev_session_shows_the_clients_problem_and_request_in_the_side_panel_and_the_outlook_invitation_fr_and_en()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var leaEn = await fixture.Users.AsAsync(Users.Lea, "en-GB");
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        await AddedItemAsync(nicolas, circle, session, "blocker", "Mon équipe ne me suit pas");
        await AddedItemAsync(nicolas, circle, session, "question", "Comment relancer sans imposer ?");
        Assert.Equal(Usual, SectionIds(await AgendaAsync(lea, circle, session)));
        var start = DateTimeOffset.Parse(sessions[0]!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        MoveClockTo(start.AddDays(-1));   // the agenda is ready: its first update reaches the invitation with the usual template
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        Assert.Contains("Questions au groupe", await BodyAsync(graph, occurrence));

        var started = await lea.PostAsJsonAsync($"circles/{circle}/sessions/{session}/codev", new { client = Users.Nicolas.Id, animateur = Users.Chloe.Id });
        started.EnsureSuccessStatusCode();

        var fr = await AgendaAsync(lea, circle, session);
        Assert.Equal(["problem", "request", "commitments", "round"], SectionIds(fr));
        Assert.Equal(["Le problème du client (exposé)", "La demande du client (contrat)"], Titles(fr)[..2]);
        Assert.Equal(["The client's problem (exposé)", "The client's request (contract)"], Titles(await AgendaAsync(leaEn, circle, session))[..2]);
        Assert.Equal(Usual, SectionIds(await AgendaAsync(lea, circle, Id(sessions[1]))));   // the usual template stays for the others

        // Starting the mode marks the agenda: the update before the session carries the roles, the phases and the codev sections.
        MoveClockTo(start.AddMinutes(-65));
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
        var body = await BodyAsync(graph, occurrence);
        Assert.Contains($"client : {Users.Nicolas.DisplayName}, animateur : {Users.Chloe.DisplayName}", body);
        Assert.Contains("contrat 5 min", body);
        Assert.Contains("Le problème du client (exposé)", body);
        Assert.True(body.IndexOf("Le problème du client (exposé)", StringComparison.Ordinal) < body.IndexOf("Mon équipe ne me suit pas", StringComparison.Ordinal));
        Assert.True(body.IndexOf("La demande du client (contrat)", StringComparison.Ordinal) < body.IndexOf("Comment relancer sans imposer ?", StringComparison.Ordinal));
        Assert.DoesNotContain("Questions au groupe", body);
    }

    private void MoveClockTo(DateTimeOffset when)
    {
        if (when > fixture.Clock.GetUtcNow())
        {
            fixture.Clock.SetUtcNow(when);
        }
    }

    private static async Task<string> BodyAsync(GraphProbe graph, string occurrence) =>
        System.Net.WebUtility.HtmlDecode((await graph.GetAsync(Users.Lea, $"events/{occurrence}"))["body"]!["content"]!.GetValue<string>());

    private static string[] SectionIds(JsonObject agenda) => [.. agenda["sections"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())];

    private static string[] Titles(JsonObject agenda) => [.. agenda["sections"]!.AsArray().Select(s => s!["title"]!.GetValue<string>())];
}
