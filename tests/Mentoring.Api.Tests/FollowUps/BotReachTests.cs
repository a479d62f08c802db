using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>The tab says when cards cannot reach me in Teams (I removed the app, blocked the bot), and how it ends.</summary>
[Collection(FollowUpHostCollection.Name)]
public sealed class BotReachTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task A_person_who_removed_the_app_is_told_so_by_me_followups_until_Teams_says_she_installed_it_again()
    {
        // Teams itself (the emulator) posts installationUpdate remove, then add, to the product's /api/messages.
        var teams = fixture.Host.Emulator.BotConnector;
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        Assert.True((await BotAsync(ines))["reachable"]!.GetValue<bool>());
        teams.Install(Users.Ines.Id);

        var mark = teams.Posted.Count;
        teams.Uninstall(Users.Ines.Id);
        var removal = await teams.Posted.WhenAnsweredAsync(Users.Ines.Id, "installationUpdate", "remove", after: mark).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(200, removal.Status);
        var removed = await BotAsync(ines);
        Assert.False(removed["reachable"]!.GetValue<bool>());
        Assert.Equal("appRemoved", removed["reason"]!.GetValue<string>());
        Assert.Equal(fixture.Clock.GetUtcNow(), removed["since"]!.GetValue<DateTimeOffset>());

        mark = teams.Posted.Count;
        Assert.True(teams.AddApp(Users.Ines.Id));
        var added = await teams.Posted.WhenAnsweredAsync(Users.Ines.Id, "installationUpdate", "add", after: mark).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(200, added.Status);
        var back = await BotAsync(ines);
        Assert.True(back["reachable"]!.GetValue<bool>());
        Assert.Null(back["reason"]);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_told_so_and_is_reachable_again_once_she_writes_to_the_bot()
    {
        var messenger = fixture.Host.Services.GetRequiredService<IBotMessenger>();

        // Teams reached the bot from the emulator's service URL (other tests post from a made-up one): cards go there.
        var hello = Message(Users.Julien, "Bonjour");
        hello["timestamp"] = fixture.Clock.GetUtcNow().AddMinutes(-2).ToString("o");
        Assert.True((await PostAsync(hello)).IsSuccessStatusCode);
        var opened = await messenger.OpenAsync(Contoso, IdOf(Users.Julien));
        Assert.True(opened.Status == BotStatus.Done, $"{opened.Status} {opened.Detail}");
        fixture.Host.Emulator.BotConnector.Block(Users.Julien.Id);
        var refused = await messenger.SendAsync(Contoso, IdOf(Users.Julien), opened.Conversation!, new MemberCard("""{"type":"AdaptiveCard","version":"1.5","body":[]}""", "fr-FR", "Suivi"));
        Assert.Equal(BotStatus.Unreachable, refused.Status);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        Assert.Equal("blocked", (await BotAsync(julien))["reason"]!.GetValue<string>());

        // Teams posts installs in the background and redelivers what failed: the install of the app the card's opening made
        // (sent at the block's instant on this fixed clock, after her hello) arrives after the block, and must not undo it.
        var late = Message(Users.Julien, null);
        (late["type"], late["action"], late["timestamp"]) = ("installationUpdate", "add", fixture.Clock.GetUtcNow().ToString("o"));
        Assert.True((await PostAsync(late)).IsSuccessStatusCode);
        Assert.Equal("blocked", (await BotAsync(julien))["reason"]!.GetValue<string>());

        fixture.Host.Emulator.BotConnector.Unblock(Users.Julien.Id);
        var back = Message(Users.Julien, "Me revoilà");
        back["timestamp"] = fixture.Clock.GetUtcNow().AddSeconds(30).ToString("o"); // Teams' clock: she wrote after the block
        Assert.True((await PostAsync(back)).IsSuccessStatusCode);

        Assert.True((await BotAsync(julien))["reachable"]!.GetValue<bool>());
        Assert.Equal(BotStatus.Done, (await messenger.OpenAsync(Contoso, IdOf(Users.Julien))).Status);
    }

    /// <summary>Posts an activity to /api/messages from the emulator's Bot Connector, signed as it signs them.</summary>
    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var serviceUrl = fixture.Host.Emulator.BotConnector.ServiceUrl.ToString();
        activity["serviceUrl"] = serviceUrl;
        var token = await fixture.Host.Emulator.GetChannelTokenAsync(DemoBot.AppId, serviceUrl);
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUri, "api/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task<JsonObject> BotAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonObject>("me/followups"))!["bot"]!.AsObject();

    private static JsonObject Message(DemoUser who, string? text) => new()
    {
        ["type"] = "message",
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "29:" + who.Id.ToString("N"), ["aadObjectId"] = who.Id.ToString(), ["name"] = who.DisplayName },
        ["conversation"] = new JsonObject { ["id"] = "a:" + who.Id.ToString("N"), ["conversationType"] = "personal", ["tenantId"] = who.TenantId.ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:" + DemoBot.AppId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = who.TenantId.ToString() } },
    };
}
