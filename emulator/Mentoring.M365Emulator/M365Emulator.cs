using System.Net.Http.Json;
using System.Text.Json;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Control;
using Mentoring.M365Emulator.Graph;
using Mentoring.M365Emulator.Identity;
using Mentoring.M365Emulator.TeamsClient;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Mentoring.M365Emulator;

/// <summary>
/// The subsets of Entra ID and Microsoft Graph the product uses, over the real wire formats,
/// so the real token validation and the real Graph SDK run against it unchanged.
/// </summary>
public sealed class M365Emulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SigningKeys _keys;
    private readonly HttpClient _http;
    private readonly BotSigningKeys _botKeys;

    private M365Emulator(WebApplication app, SigningKeys keys, Uri baseUri, FaultInjector faults, EmulatorPermissions permissions, RequestLog log, BotSigningKeys botKeys, TeamsApps teamsApps, BotConnectorService botConnector, Graph.Users.DirectoryChanges directory)
    {
        Directory = directory;
        BotConnector = botConnector;
        TeamsApps = teamsApps;
        _app = app;
        _keys = keys;
        _botKeys = botKeys;
        BaseUri = baseUri;
        Faults = faults;
        Permissions = permissions;
        Log = log;
        _http = new HttpClient { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    /// <summary>What GraphServiceClient's baseUrl is set to.</summary>
    public Uri GraphBaseUri => new(BaseUri, "v1.0");

    public FaultInjector Faults { get; }

    /// <summary>The app's grants in the demo tenants; see <see cref="EmulatorPermissions"/>.</summary>
    public EmulatorPermissions Permissions { get; }

    public RequestLog Log { get; }

    /// <summary>Which client apps each demo tenant consented to; see <see cref="TenantConsents"/>.</summary>
    public TenantConsents Consents { get; private init; } = new();

    /// <summary>The redirect URIs the app registrations list; the host serving the tab registers its auth-end page.</summary>
    public Identity.RedirectUris RedirectUris { get; private init; } = new();

    /// <summary>The directory's additions, deletions and restorations: <c>Directory.Delete(userId)</c> is an administrator deleting a
    /// user, <c>Directory.AddMember(…)</c> one creating a user with a mailbox (benchmarks and tests needing more than the demo's).</summary>
    public Graph.Users.DirectoryChanges Directory { get; }

    /// <summary>Graph's change notifications: subscriptions made by the product, with switches to lose notifications or send lifecycle events.</summary>
    public Graph.Subscriptions.ChangeNotifications Notifications { get; private init; } = null!;

    /// <summary>When the Outlook page's saved items reach Graph (cached mode); see <see cref="OutlookClient.OutlookSync"/>.</summary>
    public OutlookClient.OutlookSync OutlookSync { get; private init; } = new(TimeProvider.System);

    /// <summary>Who joined and left each Teams meeting of the Teams client page, and when, and what its stage shows.</summary>
    public TeamsClient.MeetingRoster Meetings { get; private init; } = new(TimeProvider.System);

    /// <summary>The onlineMeeting id of the Teams meeting with this join URL (the roster's key), or null.</summary>
    public string? OnlineMeetingId(string joinWebUrl) => MeetingIdOf(joinWebUrl);

    private Func<string, string?> MeetingIdOf { get; init; } = _ => null;

    /// <summary>The meeting requests, updates and cancellations each attendee received, as Exchange would have sent them.</summary>
    public Graph.Events.MeetingMailboxes MeetingMail { get; private init; } = new();

    /// <summary>The time zone rules Exchange expands series with (tzdb unless a test overrides a zone, as Windows data may differ).</summary>
    public Time.ZoneRules ZoneRules { get; private init; } = new();

    /// <summary>The apps installed in the Teams client page (/teams/).</summary>
    public TeamsApps TeamsApps { get; }

    /// <summary>The Bot Connector at <see cref="BotConnectorService.ServiceUrl"/>, with its test switches.</summary>
    public BotConnectorService BotConnector { get; }

    /// <summary>Starts Kestrel on <paramref name="url"/> ("http://127.0.0.1:0" picks a free port) with the demo tenants seeded.</summary>
    /// <param name="time">The emulator's clock (tokens, Graph, the Bot Connector's rate windows); the system clock by default.</param>
    public static async Task<M365Emulator> StartAsync(string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();

        // The base URI is known only once Kestrel has bound the port, but endpoints are mapped before start.
        Uri? baseUri = null;
        var keys = new SigningKeys();
        var faults = new FaultInjector();
        var permissions = new EmulatorPermissions();
        var consents = new TenantConsents();
        var redirects = new Identity.RedirectUris();
        var log = new RequestLog();
        var issuer = new TokenIssuer(keys, () => baseUri!, clock);
        var graph = new GraphState(keys, faults, permissions, log, clock);
        var teamsApps = new TeamsApps();
        var connector = new BotConnectorService(() => baseUri!, teamsApps, clock);

        var outlookSync = new OutlookClient.OutlookSync(clock);
        DemoDirectory.UseDirectoryScope(app, graph.Directory); // first: every request sees the people added to this emulator
        app.Use((context, next) =>
        {
            outlookSync.DeliverDue(); // what the Outlook page saved reaches Graph once its delay passed (cached mode)
            return next(context);
        });
        graph.UseGraphPipeline(app);
        connector.UseConnectorPipeline(app, keys);
        app.MapOpenId(() => baseUri!, keys);
        app.MapToken(issuer, permissions, consents, connector.Bots.IsBot);
        app.MapConsentPrompt(consents, redirects);
        app.MapTokenControl(issuer);
        app.MapRequestLogControl(log);
        app.MapFaultControl(faults);
        app.MapPermissionControl(permissions);
        var botKeys = new BotSigningKeys();
        app.MapBotOpenId(() => baseUri!, botKeys);
        var channelTokens = new ChannelTokenIssuer(botKeys, keys, clock);
        app.MapChannelTokenControl(channelTokens, new EntraChannelTokenIssuer(keys, botKeys, issuer, clock));
        var meetings = new TeamsClient.MeetingRoster(clock);
        graph.MapGraph(app, connector, meetings);
        app.MapBotConnector(connector);
        app.MapTeamsClient(teamsApps, consents);
        graph.MapOutlookClient(app, outlookSync);
        var invokeHttp = new HttpClient();
        connector.InstallEvents = new InstallationActivities(connector, channelTokens, invokeHttp);
        app.MapTeamsChat(connector, new CardInvoke(connector, channelTokens, invokeHttp));
        app.MapTeamsActivity(connector);
        app.MapTeamsMeetings(meetings);
        app.Lifetime.ApplicationStopped.Register(invokeHttp.Dispose);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        baseUri = new Uri(address.TrimEnd('/') + "/");
        return new M365Emulator(app, keys, baseUri, faults, permissions, log, botKeys, teamsApps, connector, graph.Directory)
        {
            Consents = consents,
            RedirectUris = redirects,
            Notifications = graph.Notifications,
            OutlookSync = outlookSync,
            Meetings = meetings,
            MeetingIdOf = graph.OnlineMeetingId,
            MeetingMail = graph.MeetingMail,
            ZoneRules = graph.ZoneRules,
        };
    }

    /// <summary>The v2 authority of a tenant (a tenant id, "organizations" or "common").</summary>
    public string Authority(string tenant) => $"{BaseUri}{tenant}/v2.0";

    /// <summary>Mints a user token through the emulator's own control endpoint.</summary>
    public async Task<string> GetUserTokenAsync(Guid tenantId, Guid userId, string audience, CancellationToken ct = default)
    {
        using var response = await _http.PostAsJsonAsync("_emulator/tokens", new { tenantId, userId, audience }, ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Notifications.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _keys.Dispose();
        _botKeys.Dispose();
    }

    /// <summary>Where a bot reads the Bot Framework's OpenID metadata (login.botframework.com's, emulated).</summary>
    public Uri BotOpenIdMetadataUri => new(BaseUri, BotOpenIdEndpoints.MetadataPath.TrimStart('/'));

    /// <summary>A channel token for <paramref name="botAppId"/>, as the Bot Connector signs it, or wrong in one named way.</summary>
    /// <param name="kind">"botFramework" (null), "entraV2" or "entraV1": see <see cref="EntraChannelTokenIssuer"/>.</param>
    public async Task<string> GetChannelTokenAsync(
        string botAppId, string serviceUrl, string? flaw = null, CancellationToken ct = default, string? kind = null, Guid? tenantId = null)
    {
        using var response = await _http.PostAsJsonAsync("_emulator/botframework/tokens", new { botAppId, serviceUrl, flaw, kind, tenantId }, ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("token").GetString()!;
    }
}
