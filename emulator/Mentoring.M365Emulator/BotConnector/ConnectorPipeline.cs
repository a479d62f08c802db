using System.Diagnostics;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Graph.Pipeline;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// Runs before every Bot Connector handler: records the request, authenticates the bot, injects faults, and may lose the
/// answer of a write the handler carried out. The handler itself checks the conversation, the person and the rate limits.
/// </summary>
internal sealed class ConnectorPipeline(ConnectorAuthentication authentication, FaultInjector faults, RequestLog log, TimeProvider time)
{
    public const string BotAppIdItem = "botconnector.botAppId";

    private static readonly PathString Root = "/" + DemoBot.ConnectorPath.TrimEnd('/');

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await GuardAsync(context, next);
        }
        finally
        {
            log.Record(context, null, started, time.GetUtcNow());
        }
    }

    private async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        var (bot, notRegistered) = await authentication.AuthenticateAsync(context.Request);
        if (bot is null)
        {
            await (notRegistered
                ? ConnectorErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "BotNotRegistered", "No registration found for this bot.")
                : ConnectorErrors.WriteUnauthorizedAsync(context));
            return;
        }

        context.Items[BotAppIdItem] = bot;
        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
            await Task.Delay(settings.LatencyMs, context.RequestAborted);
        if (faults.NextFailure() is { } status)
        {
            await ConnectorErrors.WriteInjectedAsync(context, status, settings.RetryAfterSeconds);
            return;
        }

        // Only a write that was carried out can lose its answer: the activity is stored, the bot sees a timeout.
        if (!HttpMethods.IsGet(context.Request.Method) && faults.NextLostResponse() is { } lost)
        {
            await LostResponses.RunAsync(context, next, lost,
                response => response.StatusCode is >= 200 and < 300,
                c => ConnectorErrors.WriteAsync(c, StatusCodes.Status504GatewayTimeout, "GatewayTimeout", "The operation timed out."));
            return;
        }

        await next();
    }
}
