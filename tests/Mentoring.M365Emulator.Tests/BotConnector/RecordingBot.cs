using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>A bot's messaging endpoint for tests: records what Teams posts and answers what the test says.</summary>
internal sealed class RecordingBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingBot(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public List<(string? Authorization, JsonObject Activity)> Received { get; } = [];

    /// <summary>The JSON body of the next answers (HTTP 200).</summary>
    public JsonObject Answer { get; set; } = new();

    public static async Task<RecordingBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var bot = new RecordingBot(app);
        app.MapPost("/api/messages", (HttpRequest request, JsonObject activity) =>
        {
            lock (bot.Received)
                bot.Received.Add((request.Headers.Authorization.ToString(), activity));
            return Results.Json(bot.Answer);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.Endpoint = new Uri(address.TrimEnd('/') + "/api/messages");
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
