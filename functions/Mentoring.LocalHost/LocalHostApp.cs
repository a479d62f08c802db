using System.Security.Cryptography;
using Mentoring.Functions;
using Mentoring.Functions.Health;
using Mentoring.Functions.Telemetry;
using Mentoring.M365Emulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Console;

namespace Mentoring.LocalHost;

/// <summary>The Functions app's HTTP triggers on Kestrel, with the Microsoft 365 emulator as Entra ID and Graph.</summary>
public sealed class LocalHostApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalHostApp(WebApplication app, M365Emulator.M365Emulator emulator, Uri baseUri, IReadOnlyList<string> routes)
    {
        this.app = app;
        Emulator = emulator;
        BaseUri = baseUri;
        Routes = routes;
    }

    public Uri BaseUri { get; }

    public M365Emulator.M365Emulator Emulator { get; }

    public IReadOnlyList<string> Routes { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Runs a timer function now, as <c>POST /admin/functions/{name}</c> does.</summary>
    public Task<bool> RunTimerAsync(string name, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<TimerFunctions>().RunAsync(name, cancellationToken);

    /// <summary>Waits until the queue triggers have processed every message, retries included.</summary>
    public Task DrainQueuesAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<QueueFunctions>().DrainAsync(timeout, cancellationToken);

    public static async Task<LocalHostApp> StartAsync(LocalHostSettings settings, CancellationToken cancellationToken = default)
    {
        var clock = new FollowingClock();
        var emulator = await M365Emulator.M365Emulator.StartAsync(settings.EmulatorUrl, cancellationToken, clock);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(settings.Url);

        // What the Functions app lets reach telemetry (no URL, no query), exactly as in Azure; a test's telemetry sink sees that.
        builder.Logging.KeepPersonalDataOut();

        // A newcomer should see the banner, the URLs and real problems on the console: not a line per request or per Graph call.
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Configuration(settings, emulator));
        var timeline = settings.SeedDemoTenant && settings.DemoHistory ? new DemoTimeline(settings.Time ?? TimeProvider.System, DemoHistory.Span) : null;
        if (((TimeProvider?)timeline ?? settings.Time) is { } time)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddMentoringFunctions(builder.Configuration);

        // Graph (the emulator) posts calendar notifications to this host, whose port is known only once it has started.
        Uri? started = null;
        builder.Services.PostConfigure<Infrastructure.Graph.CalendarNotificationOptions>(o =>
            o.NotificationUrl ??= started is null ? null : new Uri(started, "api/notifications/calendar"));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TimerFunctions>(sp, typeof(HealthFunction).Assembly));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TimerFunctions>());
        builder.Services.AddSingleton(settings.Queues);
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<QueueFunctions>(sp, typeof(HealthFunction).Assembly));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueFunctions>());
        settings.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();

        // Whichever clock the app ends up with (settings.Time, or one a test registers), the emulator keeps the same time.
        clock.Follow(app.Services.GetRequiredService<TimeProvider>());
        app.UseExceptionHandler(error => error.Run(context =>
            UnhandledExceptionMiddleware.ServerError(context.Request).ExecuteResultAsync(new() { HttpContext = context })));
        var timers = app.Services.GetRequiredService<TimerFunctions>();
        app.MapPost("/admin/functions/{name}", async (string name, CancellationToken ct) =>
            await timers.RunAsync(name, ct) ? Results.Accepted() : Results.NotFound());
        var routes = settings.ExtraFunctionAssemblies.Prepend(typeof(HealthFunction).Assembly).SelectMany(app.MapFunctions).Concat(timers.Describe()).Concat(app.Services.GetRequiredService<QueueFunctions>().Describe()).ToArray();
        var root = RepositoryRoot.Find();
        app.MapTabPages(root, emulator.BaseUri);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new LocalHostApp(app, emulator, new Uri(address.TrimEnd('/') + "/"), routes);
        started = host.BaseUri;
        var manifest = LocalAppManifest.Build(root, host.BaseUri);
        emulator.TeamsApps.Install(manifest, LocalAppManifest.Languages(root, manifest));
        emulator.BotConnector.RegisterBot(M365Emulator.BotFramework.DemoBot.AppId, new Uri(host.BaseUri, "api/messages"));

        // The app registration's web redirect (Bicep: https://{appDomain}/tab/auth-end): where the consent prompt sends the tab back.
        emulator.RedirectUris.Register(M365Emulator.DemoDirectory.ApiClientId, new Uri(host.BaseUri, "tab/auth-end"));
        if (settings.SeedDemoTenant)
        {
            // A test that registered a clock of its own gets a demo without a past: the timeline would move a clock nobody reads.
            var history = app.Services.GetRequiredService<TimeProvider>() == timeline ? timeline : null;
            await DemoSeed.RunAsync(app.Services, history, cancellationToken);
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    /// <summary>The same settings a deployment gets from app settings, pointed at the emulator instead of Entra ID.</summary>
    private static Dictionary<string, string?> Configuration(LocalHostSettings settings, M365Emulator.M365Emulator emulator) => new()
    {
        ["Storage:ConnectionString"] = settings.StorageConnectionString,
        ["Storage:TablePrefix"] = settings.TablePrefix,
        ["AzureAd:Instance"] = emulator.BaseUri.ToString(),
        ["AzureAd:TenantId"] = "organizations",
        ["AzureAd:ClientId"] = DemoDirectory.ApiClientId,
        ["AzureAd:RequireHttpsMetadata"] = "false",
        ["Graph:BaseUrl"] = emulator.GraphBaseUri.ToString(),
        ["Graph:Authority"] = emulator.BaseUri.ToString(),
        ["Graph:ClientId"] = DemoDirectory.ApiClientId,

        // The emulator accepts any client secret: a fresh random one per run keeps every secret out of the repository.
        ["Graph:ClientSecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Graph:RetryDelaySeconds"] = "1",

        // The demo tenants are the customers this deployment serves; a token of any other tenant is refused.
        ["Auth:AllowedTenantIds"] = $"{DemoDirectory.ContosoTenantId},{DemoDirectory.FabrikamTenantId}",
        ["Bot:AppId"] = M365Emulator.BotFramework.DemoBot.AppId,
        ["Bot:OpenIdMetadataUrl"] = emulator.BotOpenIdMetadataUri.ToString(),
        ["Bot:AppTenantId"] = DemoDirectory.ContosoTenantId.ToString(),
        ["Bot:Authority"] = emulator.BaseUri.ToString(),
        ["Bot:ClientSecret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Bot:DefaultServiceUrl"] = emulator.BotConnector.ServiceUrl.ToString(),
        ["Bot:TeamsAppId"] = M365Emulator.BotFramework.DemoBot.TeamsAppId,

        // Deep links name the manifest's id as Bicep writes them; the product swaps in each tenant's catalog id (Core ITeamsAppLinks).
        ["Scheduling:TabLink"] = $"https://teams.microsoft.com/l/app/{M365Emulator.BotFramework.DemoBot.TeamsAppId}",
        ["Agendas:PanelLink"] = $"https://teams.microsoft.com/l/entity/{M365Emulator.BotFramework.DemoBot.TeamsAppId}/meeting-panel",
        ["DispatchSessionQueue"] = settings.QueuePrefix + "dispatch-sessions",
        ["DispatchCardQueue"] = settings.QueuePrefix + "dispatch-cards",
        ["BotConversationQueue"] = settings.QueuePrefix + "bot-conversations",
        ["Delivery:OpenConversationsAhead"] = settings.OpenConversationsAhead ? "true" : "false",
        ["PrivacyErasureQueue"] = settings.QueuePrefix + "privacy-erasures",
        ["CalendarWorkQueue"] = settings.QueuePrefix + "calendar-work",
    };
}
