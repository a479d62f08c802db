using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.M365Emulator;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// Co-développement in a Teams meeting of the emulator: three members join it from their own pages, the animateur moves the
/// phases and everyone sees the same phase (and the stage once shared); the client's plan becomes their commitments.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CodevMeetingTests(BrowserFixture fixture)
{
    private static readonly DemoUser Lea = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("lea.dubois@", StringComparison.Ordinal));
    private static readonly DemoUser Nicolas = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("nicolas.thomas@", StringComparison.Ordinal));
    private static readonly DemoUser Chloe = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("chloe.robert@", StringComparison.Ordinal));

    [Fact]
    public async Task Three_members_in_one_meeting_see_the_animateurs_phase_and_the_clients_plan_becomes_his_commitments()
    {
        var (name, circle, sessions) = await CodevGroupAsync();
        var lea = await JoinAsync(Lea, name);
        var nicolas = await JoinAsync(Nicolas, name);
        var chloe = await JoinAsync(Chloe, name);
        foreach (var page in new[] { lea, nicolas, chloe })
        {
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Dans la réunion" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        }

        // Only the animateur has the button; each move reaches the two others (how fast is the benchmark's to say, not a test's).
        await Expect(lea.SidePanel().GetByRole(AriaRole.Button, new() { Name = "Phase suivante" })).ToHaveCountAsync(0);
        string[] phases = ["Questions de clarification", "Contrat", "Consultation", "Plan d'action"];
        for (var i = 0; i < phases.Length; i++)
        {
            await chloe.SidePanel().GetByRole(AriaRole.Button, new() { Name = "Phase suivante" }).ClickAsync();
            var shown = $"Phase {i + 2} sur 6 : {phases[i]}";
            await Expect(chloe.SidePanel().GetByText(shown)).ToBeVisibleAsync();
            await Task.WhenAll(
                Expect(lea.SidePanel().GetByText(shown)).ToBeVisibleAsync(),
                Expect(nicolas.SidePanel().GetByText(shown)).ToBeVisibleAsync());
        }

        // While nothing changes, each poll names the version it holds and is answered 304 without a body; the phase stays shown.
        var unchanged = await lea.WaitForResponseAsync(r => r.Request.Method == "GET" && r.Url.EndsWith("/codev", StringComparison.Ordinal) && r.Status == 304);
        Assert.False(string.IsNullOrEmpty(await unchanged.Request.HeaderValueAsync("if-none-match")));
        await Expect(lea.SidePanel().GetByText("Phase 5 sur 6 : Plan d'action")).ToBeVisibleAsync();

        // Shared to the stage, the view shows on every participant's meeting stage.
        await chloe.SidePanel().GetByRole(AriaRole.Button, new() { Name = "Partager sur la scène" }).ClickAsync();
        foreach (var page in new[] { lea, nicolas, chloe })
        {
            await Expect(page.FrameLocator("iframe[title$='meetingStage']").GetByText("Phase 5 sur 6 : Plan d'action")).ToBeVisibleAsync();
        }

        var plan = "Écrire à deux DRH " + Guid.NewGuid().ToString("N")[..6];
        await nicolas.SidePanel().GetByLabel("Étape 1", new() { Exact = true }).FillAsync(plan);
        await nicolas.SidePanel().GetByLabel("Idée de (Étape 1)").SelectOptionAsync(new SelectOptionValue { Label = Lea.DisplayName });
        await nicolas.SidePanel().GetByRole(AriaRole.Button, new() { Name = "Donner mon plan d'action" }).ClickAsync();
        await Expect(nicolas.SidePanel().GetByText("Plan d'action donné")).ToBeVisibleAsync();

        // On the next session's agenda, as Nicolas's commitment to review.
        using var api = await DemoApi.AsAsync(fixture, Lea);
        var next = (await api.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{sessions[1]}/agenda"))!;
        var due = Assert.Single(next["commitmentsDue"]!.AsArray());
        Assert.Equal((plan, Nicolas.Id.ToString()), (due!["text"]!.GetValue<string>(), due["authorId"]!.GetValue<string>()));

        // Leaving is recorded with its time: who is still in the meeting shrinks for everyone.
        await lea.GetByRole(AriaRole.Button, new() { Name = "Raccrocher" }).ClickAsync();
        await Expect(chloe.GetByRole(AriaRole.List, new() { Name = "Dans la réunion" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
    }

    /// <summary>A scheduled peer group of Léa (organizer), Nicolas and Chloé, its first session in co-développement mode: Nicolas client, Chloé animateur.</summary>
    private async Task<(string Name, string Circle, string[] Sessions)> CodevGroupAsync()
    {
        var name = "Codev " + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var circle = await DemoApi.CreateCircleAsync(fixture, Lea, new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = name,
            ["objective"] = "Avancer ensemble.",
            ["members"] = new JsonArray([.. new[] { Lea, Nicolas, Chloe }.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = today.AddDays(7).ToString("yyyy-MM-dd"), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        using var api = await DemoApi.AsAsync(fixture, Lea);
        var series = await (await api.PostAsync($"circles/{circle}/series", null)).Content.ReadFromJsonAsync<JsonObject>();
        var sessions = series!["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToArray();
        var started = await api.PostAsJsonAsync($"circles/{circle}/sessions/{sessions[0]}/codev", new { client = Nicolas.Id, animateur = Chloe.Id });
        started.EnsureSuccessStatusCode();
        return (name, circle, sessions);
    }

    private async Task<IPage> JoinAsync(DemoUser user, string circleName)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user.UserPrincipalName, "&view=calendar"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(Regex.Escape(circleName)) }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejoindre la réunion" }).ClickAsync();
        await Expect(page.SidePanel().GetByText("Phase 1 sur 6 : Exposé du problème (client)")).ToBeVisibleAsync();
        return page;
    }
}
