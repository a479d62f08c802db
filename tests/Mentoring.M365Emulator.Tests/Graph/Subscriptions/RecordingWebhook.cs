using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.M365Emulator.Tests.Graph.Subscriptions;

/// <summary>A notification endpoint for tests: answers Graph's validation requests as documented and records every notification.</summary>
internal sealed class RecordingWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingWebhook(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public Uri LifecycleUrl => new(Url, "lifecycle");

    /// <summary>When false, validation requests get 200 with the wrong body (an endpoint that does not echo the token).</summary>
    public bool EchoesToken { get; set; } = true;

    public List<string> ValidationTokens { get; } = [];

    public List<(string Path, JsonObject Entry)> Received { get; } = [];

    public List<JsonObject> Notifications(string path = "/hook")
    {
        lock (Received)
            return [.. Received.Where(r => r.Path == path).Select(r => r.Entry)];
    }

    public static async Task<RecordingWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var hook = new RecordingWebhook(app);
        async Task<IResult> Receive(HttpRequest request)
        {
            if (request.Query.TryGetValue("validationToken", out var token))
            {
                lock (hook.ValidationTokens)
                    hook.ValidationTokens.Add(token.ToString());
                return Results.Text(hook.EchoesToken ? token.ToString() : "ok", "text/plain");
            }

            var body = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
            lock (hook.Received)
                hook.Received.AddRange(body["value"]!.AsArray().Select(v => (request.Path.Value!, (JsonObject)v!.DeepClone())));
            return Results.Accepted();
        }

        app.MapPost("/hook", Receive);
        app.MapPost("/lifecycle", Receive);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hook.Url = new Uri(address.TrimEnd('/') + "/hook");
        return hook;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
