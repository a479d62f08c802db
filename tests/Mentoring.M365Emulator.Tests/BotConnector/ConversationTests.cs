using System.Net;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>Conversations and activities with Teams' wire formats, and the refusals Teams answers with.</summary>
public sealed class ConversationTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly EmulatorFixture _fixture;
    private readonly ConnectorClient _bot;
    private readonly GraphClient _graph;

    public ConversationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        _bot = new ConnectorClient(fixture.Emulator, fixture.Http);
        _graph = new GraphClient(fixture.Http);
    }

    [Fact]
    public async Task Before_the_app_is_installed_the_conversation_is_refused_and_after_the_graph_install_it_opens()
    {
        using var before = await _bot.CreateAsync(Seeds.Hugo.Id, Contoso);
        using var install = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        using var after = await _bot.CreateAsync(Seeds.Hugo.Id, Contoso);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal("ForbiddenOperationException", await ConnectorClient.ErrorCodeAsync(before));
        Assert.Equal(HttpStatusCode.Created, install.StatusCode);
        Assert.Empty(await install.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.StartsWith("a:", (await ConnectorClient.JsonAsync(after)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Creating_the_conversation_again_returns_the_same_id_and_another_person_gets_another()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        _fixture.Emulator.BotConnector.Install(Seeds.Camille.Id);

        var first = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        var again = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        var camille = await _bot.CreateIdAsync(Seeds.Camille.Id, Contoso);

        Assert.Equal(first, again);
        Assert.NotEqual(first, camille);
        Assert.Equal([first], _fixture.Emulator.BotConnector.ConversationsOf(Seeds.Hugo.Id));
    }

    [Fact]
    public async Task A_card_is_stored_as_Teams_stamps_it_and_an_update_replaces_it_in_place()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);

        using var posted = await _bot.PostAsync(conversation, ConnectorClient.CardMessage("Avant"));
        var id = (await ConnectorClient.JsonAsync(posted)).GetProperty("id").GetString()!;
        using var second = await _bot.PostAsync(conversation, ConnectorClient.Message("Deuxième"));
        using var updated = await _bot.UpdateAsync(conversation, id, ConnectorClient.CardMessage("Après"));

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(id, (await ConnectorClient.JsonAsync(updated)).GetProperty("id").GetString());
        var activities = _fixture.Emulator.BotConnector.ActivitiesOf(conversation);
        Assert.Equal(2, activities.Count);
        var card = activities[0];
        Assert.Equal(id, card["id"]!.ToString());
        Assert.Equal("Après", card["attachments"]![0]!["content"]!["body"]![0]!["text"]!.ToString());
        Assert.Equal("28:" + DemoBot.AppId, card["from"]!["id"]!.ToString());
        Assert.Equal(Seeds.Hugo.Id.ToString(), card["recipient"]!["aadObjectId"]!.ToString());
        Assert.Equal(Contoso.ToString(), card["conversation"]!["tenantId"]!.ToString());
        Assert.Equal("msteams", card["channelId"]!.ToString());
        Assert.NotNull(card["lastModifiedTimestamp"]);
        Assert.Equal("Deuxième", activities[1]["text"]!.ToString());
    }

    [Fact]
    public async Task Unknown_conversation_and_unknown_activity_are_Teams_404s()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);

        using var noConversation = await _bot.PostAsync("a:1unknown", ConnectorClient.Message("x"));
        using var noActivity = await _bot.UpdateAsync(conversation, "1700000000000", ConnectorClient.Message("x"));

        Assert.Equal(HttpStatusCode.NotFound, noConversation.StatusCode);
        Assert.Equal("ConversationNotFound", await ConnectorClient.ErrorCodeAsync(noConversation));
        Assert.Equal(HttpStatusCode.NotFound, noActivity.StatusCode);
        Assert.Equal("ActivityNotFoundInConversation", await ConnectorClient.ErrorCodeAsync(noActivity));
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_refuses_creation_and_sending_and_nothing_is_stored()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        using var block = await _fixture.Http.PutAsync($"_emulator/botconnector/blocks/{Seeds.Hugo.Id}", null);

        using var send = await _bot.PostAsync(conversation, ConnectorClient.Message("x"));
        using var create = await _bot.CreateAsync(Seeds.Hugo.Id, Contoso);

        Assert.Equal(HttpStatusCode.NoContent, block.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal("ConversationBlockedByUser", await ConnectorClient.ErrorCodeAsync(send));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("ConversationBlockedByUser", await ConnectorClient.ErrorCodeAsync(create));
        Assert.Empty(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    [Fact]
    public async Task After_the_person_removes_the_app_the_bot_is_out_of_the_roster_until_it_is_installed_again()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        using var uninstall = await _fixture.Http.DeleteAsync($"_emulator/botconnector/installations/{Seeds.Hugo.Id}");

        using var refused = await _bot.PostAsync(conversation, ConnectorClient.Message("x"));
        using var reinstall = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        using var accepted = await _bot.PostAsync(conversation, ConnectorClient.Message("y"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("BotNotInConversationRoster", await ConnectorClient.ErrorCodeAsync(refused));
        Assert.Equal(HttpStatusCode.Created, reinstall.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(["y"], _fixture.Emulator.BotConnector.ActivitiesOf(conversation).Select(a => a["text"]!.ToString()));
    }

    [Fact]
    public async Task A_message_over_100_KB_in_UTF16_is_413_MessageSizeTooBig()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);

        using var big = await _bot.PostAsync(conversation, ConnectorClient.Message(new string('x', 52 * 1024)));
        using var fits = await _bot.PostAsync(conversation, ConnectorClient.Message(new string('x', 48 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("MessageSizeTooBig", await ConnectorClient.ErrorCodeAsync(big));
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    [Fact]
    public async Task Malformed_requests_are_400_BadArgument()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);

        using var noTenant = await _bot.SendAsync(HttpMethod.Post, "v3/conversations", new() { ["members"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = Seeds.Hugo.Id.ToString() }) });
        using var noType = await _bot.PostAsync(conversation, new() { ["text"] = "x" });
        using var badCard = await _bot.PostAsync(conversation, System.Text.Json.Nodes.JsonNode.Parse("""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":"nope"}]}""")!.AsObject());

        Assert.All([noTenant, noType, badCard], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal("BadArgument", await ConnectorClient.ErrorCodeAsync(noType));
        Assert.Empty(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    public void Dispose() => _fixture.Emulator.BotConnector.Reset();
}
