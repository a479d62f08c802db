using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Bot;

/// <summary>POST /api/messages accepts only what the Bot Connector signs for this bot, for Teams, for this service URL.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BotEndpointTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_message_with_a_valid_channel_token_is_200()
    {
        var response = await PostAsync(Message(), await TokenAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task After_a_valid_message_the_tenants_cards_still_reach_the_emulators_bot_connector()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message(), await TokenAsync())).StatusCode);

        // The product remembers the service URL of the tenant's last activity and opens conversations there.
        var person = fixture.Host.Emulator.BotConnector.AddPeople(M365Emulator.DemoDirectory.ContosoTenantId, [Guid.NewGuid()])[0];
        var opened = await fixture.Host.Services.GetRequiredService<IBotMessenger>().OpenAsync(new TenantId(M365Emulator.DemoDirectory.ContosoTenantId), new PersonId(person.Id));

        Assert.True(opened.Status == BotStatus.Done, $"{opened.Status} {opened.Detail}");
        Assert.Equal(ServiceUrl, opened.Conversation!.ServiceUrl);
    }

    [Theory]
    [InlineData("wrongAudience")]
    [InlineData("wrongIssuer")]
    [InlineData("expired")]
    [InlineData("unknownKey")]
    [InlineData("notEndorsedForTeams")]
    [InlineData("serviceUrlMismatch")]
    public async Task A_flawed_channel_token_is_401_and_nothing_is_read_or_stored(string flaw)
    {
        // The oracle is the Table requests naming this activity's person, made up here in an allowed tenant: the host's own
        // work going on meanwhile (timers, cards queued by earlier tests) never names them, and the same activity with a valid
        // token does (its writer is remembered as reachable), so the oracle is seen to see.
        var (tenant, person) = (M365Emulator.DemoDirectory.ContosoTenantId.ToString(), Guid.NewGuid().ToString());

        var flawed = await RequestsNamingAsync(Message(tenant, person), await TokenAsync(flaw), HttpStatusCode.Unauthorized, person);
        var valid = await RequestsNamingAsync(Message(tenant, person), await TokenAsync(), HttpStatusCode.OK, person);

        Assert.Empty(flawed);
        Assert.NotEmpty(valid);
    }

    [Theory]
    [InlineData("message", "notAllowed")]
    [InlineData("installationUpdate", "notAllowed")]
    [InlineData("message", "disagree")]
    [InlineData("message", "none")]
    public async Task An_activity_from_a_tenant_not_allowed_with_a_valid_channel_token_is_403_and_nothing_is_stored(string type, string tenancy)
    {
        // The same oracle: Table requests naming the activity's made-up tenant or person. The same person in an allowed tenant
        // is the control that the oracle sees its writes.
        var (stranger, person) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var allowed = M365Emulator.DemoDirectory.ContosoTenantId.ToString();
        var activity = Message(stranger, person, type);
        if (tenancy == "disagree")
        {
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = allowed } };
        }
        else if (tenancy == "none")
        {
            activity["conversation"]!.AsObject().Remove("tenantId");
        }

        var refused = await RequestsNamingAsync(activity, await TokenAsync(), HttpStatusCode.Forbidden, stranger, person);
        var control = await RequestsNamingAsync(Message(allowed, person, type), await TokenAsync(), HttpStatusCode.OK, stranger, person);

        Assert.Empty(refused);
        Assert.NotEmpty(control);
    }

    [Fact]
    public async Task A_problem_for_a_tenant_not_allowed_says_so_and_an_invoke_gets_teams_error_in_its_language()
    {
        var stranger = Guid.NewGuid().ToString();
        var message = await PostAsync(Message(stranger, Guid.NewGuid().ToString()), await TokenAsync());
        var invoke = Message(stranger, Guid.NewGuid().ToString(), "invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["locale"] = "en-US";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "followUp" }, ["trigger"] = "manual" };
        var answered = await PostAsync(invoke, await TokenAsync());

        Assert.Equal(HttpStatusCode.Forbidden, message.StatusCode);
        Assert.Equal("auth.tenant.notAllowed", (await Circles.ProblemAsync(message))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var body = (await answered.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("auth.tenant.notAllowed", body["value"]!["code"]!.GetValue<string>());
        Assert.StartsWith("Your organization is not allowed", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The Table requests made while the activity is posted that name <paramref name="keys"/>.</summary>
    private async Task<StorageRequest[]> RequestsNamingAsync(JsonObject activity, string token, HttpStatusCode expected, params string[] keys)
    {
        var storage = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        storage.StartRecording();
        var response = await PostAsync(activity, token);
        var requests = storage.StopRecording();

        Assert.Equal(expected, response.StatusCode);
        return [.. requests.Where(r => keys.Any(r.Names))];
    }

    [Fact]
    public async Task No_token_is_401()
    {
        var response = await PostAsync(Message(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_entra_user_token_is_not_a_channel_token()
    {
        var user = await fixture.Host.Emulator.GetUserTokenAsync(
            M365Emulator.DemoDirectory.ContosoTenantId, Users.Camille.Id, DemoBot.AppId);

        var response = await PostAsync(Message(), user);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_service_url_than_the_activity_is_401()
    {
        var token = await fixture.Host.Emulator.GetChannelTokenAsync(DemoBot.AppId, "https://smba.trafficmanager.net/amer/");

        var response = await PostAsync(Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("fr-FR", "Cette action de carte est inconnue")]
    [InlineData("en-US", "This card action is unknown")]
    public async Task An_action_execute_with_a_verb_the_product_does_not_know_gets_a_well_formed_error_in_the_activitys_language(string locale, string start)
    {
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrl,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = "29:1abc", ["aadObjectId"] = Users.Camille.Id.ToString() },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = M365Emulator.DemoDirectory.ContosoTenantId.ToString() } },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "followUp" }, ["trigger"] = "manual" },
        };

        var response = await PostAsync(invoke, await TokenAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("bot.verb.unknown", body["value"]!["code"]!.GetValue<string>());
        Assert.StartsWith(start, body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The emulator's Bot Connector: an activity from anywhere else would make the tenant's cards go there, for every test after this one.</summary>
    private string ServiceUrl => fixture.Host.Emulator.BotConnector.ServiceUrl.ToString();

    private Task<string> TokenAsync(string? flaw = null) =>
        fixture.Host.Emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl, flaw);

    private JsonObject Message() => Message(M365Emulator.DemoDirectory.ContosoTenantId.ToString(), Users.Camille.Id.ToString());

    private JsonObject Message(string tenant, string person, string type = "message") => new()
    {
        ["type"] = type,
        ["action"] = type == "installationUpdate" ? "add" : null,
        ["id"] = "1700000000001",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:1abc", ["aadObjectId"] = person },
        ["conversation"] = new JsonObject { ["id"] = "a:1xyz", ["conversationType"] = "personal", ["tenantId"] = tenant },
        ["recipient"] = new JsonObject { ["id"] = "28:" + DemoBot.AppId },
        ["text"] = "bonjour",
        ["locale"] = "fr-FR",
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUri, "api/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}
