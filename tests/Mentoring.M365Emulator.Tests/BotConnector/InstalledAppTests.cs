using System.Net;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>Graph's /users/{id}/teamwork/installedApps: what the product calls to put the app in a person's Teams before the first card.</summary>
public sealed class InstalledAppTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly EmulatorFixture _fixture;
    private readonly GraphClient _graph;

    public InstalledAppTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        fixture.Emulator.Permissions.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        _graph = new GraphClient(fixture.Http);
    }

    [Fact]
    public async Task Installing_twice_is_409_and_the_list_filtered_by_external_id_shows_one_installation()
    {
        using var first = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        using var second = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        var list = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq '{DemoBot.TeamsAppId}'");
        var none = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq '{DemoBot.TeamsAppId}'");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var installation = Assert.Single(list.GetProperty("value").EnumerateArray());
        Assert.Equal(DemoBot.TeamsAppId, installation.GetProperty("teamsApp").GetProperty("externalId").GetString());
        Assert.Empty(none.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Deleting_the_installation_uninstalls_and_an_unknown_app_or_person_is_404()
    {
        await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        var id = (await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/teamwork/installedApps")).GetProperty("value")[0].GetProperty("id").GetString();

        using var delete = await _graph.SendAsync(HttpMethod.Delete, $"users/{Seeds.Camille.Id}/teamwork/installedApps/{id}");
        using var unknownApp = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(Guid.NewGuid().ToString()));
        using var unknownPerson = await _graph.SendAsync(HttpMethod.Post, $"users/{Guid.NewGuid()}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        using var otherTenant = await _graph.SendAsync(HttpMethod.Post, $"users/alex.johnson@fabrikam.example/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(_fixture.Emulator.BotConnector.ConversationsOf(Seeds.Camille.Id));
        Assert.Equal(HttpStatusCode.NotFound, unknownApp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Empty((await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/teamwork/installedApps")).GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_TeamsAppInstallation_role_Graph_answers_403_Forbidden()
    {
        _fixture.Emulator.Permissions.GrantGraphRoles(DemoDirectory.ApiClientId, ["User.Read.All"]);
        var graph = new GraphClient(_fixture.Http);

        using var refused = await graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Forbidden", await ConnectorClient.ErrorCodeAsync(refused));
    }

    [Fact]
    public async Task People_added_for_load_exist_only_in_their_tenant_and_get_the_app_through_graph_like_anyone()
    {
        var extra = Guid.NewGuid();
        using var added = await _fixture.Http.PostAsync("_emulator/botconnector/people", new StringContent(
            $$"""{"tenantId":"{{DemoDirectory.ContosoTenantId}}","userIds":["{{extra}}"]}""", System.Text.Encoding.UTF8, "application/json"));

        using var install = await _graph.SendAsync(HttpMethod.Post, $"users/{extra}/teamwork/installedApps", TeamsAppSeed.InstallBody(_fixture.Emulator));
        using var conversation = await new ConnectorClient(_fixture.Emulator, _fixture.Http).CreateAsync(extra, DemoDirectory.ContosoTenantId);
        using var wrongTenant = await new ConnectorClient(_fixture.Emulator, _fixture.Http).CreateAsync(extra, DemoDirectory.FabrikamTenantId);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, install.StatusCode);
        Assert.Equal(HttpStatusCode.Created, conversation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongTenant.StatusCode);
    }

    public void Dispose()
    {
        _fixture.Emulator.BotConnector.Reset();
        _fixture.Emulator.Permissions.Reset();
    }
}
