using Mentoring.Functions;
using Mentoring.Functions.Health;
using Mentoring.M365Emulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

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

    public static async Task<LocalHostApp> StartAsync(LocalHostSettings settings, CancellationToken cancellationToken = default)
    {
        var emulator = await M365Emulator.M365Emulator.StartAsync(settings.EmulatorUrl, cancellationToken);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(settings.Url);
        builder.Configuration.AddInMemoryCollection(Configuration(settings, emulator));
        builder.Services.AddMentoringFunctions(builder.Configuration);
        settings.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context =>
            UnhandledExceptionMiddleware.ServerError(context.Request).ExecuteResultAsync(new() { HttpContext = context })));
        var routes = app.MapFunctions(typeof(HealthFunction).Assembly);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new LocalHostApp(app, emulator, new Uri(address.TrimEnd('/') + "/"), routes);
        if (settings.SeedDemoTenant)
        {
            await DemoSeed.RunAsync(app.Services, cancellationToken);
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
        ["AzureAd:Audience"] = DemoDirectory.ApiAudience,
        ["AzureAd:RequireHttpsMetadata"] = "false",
    };
}
