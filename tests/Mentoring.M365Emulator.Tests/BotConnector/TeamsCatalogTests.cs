using System.Net;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.Graph;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>The Teams app as each tenant's organization catalog knows it, and what Teams posts to the bot after an install.</summary>
public sealed class TeamsCatalogTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly EmulatorFixture _fixture;
    private readonly GraphClient _graph;

    public TeamsCatalogTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        fixture.Emulator.Permissions.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        _graph = new GraphClient(fixture.Http);
    }

    [Fact]
    public async Task Each_tenant_finds_its_own_catalog_id_by_external_id_and_it_is_not_the_manifest_id()
    {
        var filter = Uri.EscapeDataString($"externalId eq '{DemoBot.TeamsAppId}' and distributionMethod eq 'organization'");
        var contoso = await _graph.JsonAsync(HttpMethod.Get, $"appCatalogs/teamsApps?$filter={filter}");
        var fabrikam = await new GraphClient(_fixture.Http, tenant: DemoDirectory.FabrikamTenantId).JsonAsync(HttpMethod.Get, $"appCatalogs/teamsApps?$filter={filter}");
        var store = await _graph.JsonAsync(HttpMethod.Get, $"appCatalogs/teamsApps?$filter={Uri.EscapeDataString("distributionMethod eq 'store'")}");

        var contosoApp = Assert.Single(contoso.GetProperty("value").EnumerateArray());
        var fabrikamApp = Assert.Single(fabrikam.GetProperty("value").EnumerateArray());
        Assert.Equal(DemoBot.TeamsAppId, contosoApp.GetProperty("externalId").GetString());
        Assert.Equal("organization", contosoApp.GetProperty("distributionMethod").GetString());
        Assert.NotEqual(DemoBot.TeamsAppId, contosoApp.GetProperty("id").GetString());
        Assert.NotEqual(contosoApp.GetProperty("id").GetString(), fabrikamApp.GetProperty("id").GetString());
        Assert.Empty(store.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Installing_with_the_manifest_id_is_404_NotFound_the_same_code_as_an_unknown_user_and_the_catalog_id_installs()
    {
        using var byManifestId = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(DemoBot.TeamsAppId));
        using var unknownUser = await _graph.SendAsync(HttpMethod.Post, $"users/{Guid.NewGuid()}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        var fabrikamId = _fixture.Emulator.BotConnector.Catalog.CatalogId(DemoDirectory.FabrikamTenantId, DemoBot.TeamsAppId);
        using var otherTenantsId = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(fabrikamId));
        using var byCatalogId = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));

        Assert.Equal(HttpStatusCode.NotFound, byManifestId.StatusCode);
        Assert.Equal("NotFound", await ConnectorClient.ErrorCodeAsync(byManifestId));
        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal("NotFound", await ConnectorClient.ErrorCodeAsync(unknownUser));
        Assert.Equal(HttpStatusCode.NotFound, otherTenantsId.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byCatalogId.StatusCode);
        Assert.Equal(new[] { DemoBot.TeamsAppId }, _fixture.Emulator.BotConnector.AppsOf(Seeds.Hugo.Id));
    }

    [Fact]
    public async Task A_republished_app_has_a_new_catalog_id_and_the_old_one_installs_nothing()
    {
        var old = TeamsAppSeed.ContosoCatalogId(_fixture.Emulator);
        _fixture.Emulator.BotConnector.Catalog.Republish(Contoso, DemoBot.TeamsAppId);

        using var withOld = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(old));

        Assert.NotEqual(old, TeamsAppSeed.ContosoCatalogId(_fixture.Emulator));
        Assert.Equal(HttpStatusCode.NotFound, withOld.StatusCode);
    }

    [Fact]
    public async Task Without_AppCatalog_Read_All_the_catalog_answers_403_Forbidden()
    {
        _fixture.Emulator.Permissions.GrantGraphRoles(DemoDirectory.ApiClientId, ["User.Read.All", "TeamsAppInstallation.ReadWriteSelfForUser.All"]);

        using var refused = await new GraphClient(_fixture.Http).SendAsync(HttpMethod.Get, "appCatalogs/teamsApps");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Forbidden", await ConnectorClient.ErrorCodeAsync(refused));
    }

    [Fact]
    public async Task An_install_and_a_removal_through_graph_post_what_teams_posts_to_the_bot_signed_by_the_connector()
    {
        await using var bot = await RecordingBot.StartAsync();
        _fixture.Emulator.BotConnector.RegisterBot(DemoBot.AppId, bot.Endpoint);
        var posted = _fixture.Emulator.BotConnector.Posted;

        using var install = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        await posted.WhenAnsweredAsync(Seeds.Hugo.Id, "installationUpdate", "add").WaitAsync(TimeSpan.FromSeconds(30));
        await posted.WhenAnsweredAsync(Seeds.Hugo.Id, "conversationUpdate").WaitAsync(TimeSpan.FromSeconds(30));
        using var created = await new ConnectorClient(_fixture.Emulator, _fixture.Http).CreateAsync(Seeds.Hugo.Id, Contoso);
        var conversationId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.ToString();
        _fixture.Emulator.BotConnector.Uninstall(Seeds.Hugo.Id);
        await posted.WhenAnsweredAsync(Seeds.Hugo.Id, "installationUpdate", "remove").WaitAsync(TimeSpan.FromSeconds(30));

        List<(string? Authorization, JsonObject Activity)> received;
        lock (bot.Received)
            received = [.. bot.Received];
        Assert.Equal(new[] { "installationUpdate", "conversationUpdate", "installationUpdate" }, received.Select(r => r.Activity["type"]!.ToString()));
        Assert.Equal(new[] { "add", null, "remove" }, received.Select(r => r.Activity["action"]?.ToString()));
        var membersAdded = received[1].Activity;
        Assert.Equal("28:" + DemoBot.AppId, membersAdded["membersAdded"]![0]!["id"]!.ToString());
        Assert.Equal(conversationId, membersAdded["conversation"]!["id"]!.ToString());
        Assert.Equal("personal", membersAdded["conversation"]!["conversationType"]!.ToString());
        Assert.All(received, r =>
        {
            Assert.Equal(Seeds.Hugo.Id.ToString(), r.Activity["from"]!["aadObjectId"]!.ToString());
            Assert.Equal(Contoso.ToString(), r.Activity["channelData"]!["tenant"]!["id"]!.ToString());
            var token = new JsonWebToken(r.Authorization!["Bearer ".Length..]);
            Assert.Equal("https://api.botframework.com", token.Issuer);
            Assert.Equal(DemoBot.AppId, token.GetPayloadValue<string>("aud"));
            Assert.Equal(r.Activity["serviceUrl"]!.ToString(), token.GetPayloadValue<string>("serviceurl"));
        });
        Assert.All(posted.All, p => Assert.Equal(200, p.Status));
        Assert.Equal(HttpStatusCode.Created, install.StatusCode);
    }

    public void Dispose()
    {
        _fixture.Emulator.BotConnector.Reset();
        _fixture.Emulator.Permissions.Reset();
    }
}
