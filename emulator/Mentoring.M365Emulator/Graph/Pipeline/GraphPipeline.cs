using System.Diagnostics;
using System.Globalization;

namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>
/// Runs before every /v1.0 handler: records the request, gives it Graph's request ids, authenticates it, checks the
/// permission its endpoint needs, keeps it inside the token's tenant, refuses mailboxes outside an application access
/// policy, enforces Outlook's per-app concurrency limit and injects faults. Every rejection happens before the handler runs, so a rejected request has no side effect, as with the real
/// service; only a lost response (<see cref="LostResponse"/>) comes after the handler, on purpose.
/// </summary>
internal sealed class GraphPipeline(GraphAuthentication authentication, FaultInjector faults, EmulatorPermissions permissions, RequestLog log, TimeProvider time)
{
    /// <summary>Microsoft Graph's own application id, which its 401s name.</summary>
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var mailbox = MailboxPath.Mailbox(context.Request.Path);
        try
        {
            await GuardAsync(context, mailbox, next);
        }
        finally
        {
            log.Record(context, mailbox, started, time.GetUtcNow());
        }
    }

    private async Task GuardAsync(HttpContext context, string? mailbox, Func<Task> next)
    {
        var ids = GraphRequestIds.Stamp(context, time.GetUtcNow());
        var (caller, rejection) = await authentication.AuthenticateAsync(context.Request);
        if (caller is null)
        {
            // Graph names the authority to get a token from, as RFC 6750 asks of a 401.
            context.Response.Headers.WWWAuthenticate =
                $"Bearer realm=\"\", authorization_uri=\"{context.Request.Scheme}://{context.Request.Host}/common/oauth2/authorize\", client_id=\"{GraphAppId}\"";
            await GraphErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", rejection ?? "Access token validation failure.");
            return;
        }

        if (GraphPermissionRules.For(context.Request.Method, context.Request.Path) is { } requirement && !requirement.IsMetBy(caller))
        {
            await GraphErrors.WriteAsync(context, StatusCodes.Status403Forbidden, requirement.Code, requirement.Message);
            return;
        }

        var tenant = caller.Tenant;
        context.Items[typeof(GraphCaller)] = caller; // for endpoints outside /users (subscriptions) that check their own permission

        // Tenant isolation, for every /users/{id} route at once: a user of another tenant does not exist for this
        // token, so Graph answers exactly as for an unknown user (404 ErrorInvalidUser), revealing nothing.
        if (MailboxPath.Segment(context.Request.Path) is { } segment && DemoDirectory.Find(segment) is { } target && target.TenantId != tenant)
        {
            await GraphErrors.WriteAsync(context, StatusCodes.Status404NotFound, "ErrorInvalidUser", GraphRequest.InvalidUserMessage(segment));
            return;
        }

        if (caller.AppOnly && ApplicationAccessPolicy.Denies(permissions, context.Request.Path))
        {
            // learn.microsoft.com/graph/auth-limit-mailbox-access, "Handling API errors": the body Graph gives, on that mailbox only.
            await GraphErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "ErrorAccessDenied", ApplicationAccessPolicy.Message);
            return;
        }

        // Outlook's 4 concurrent requests are counted per app, across mailboxes (see FaultInjector). The strict reading counts
        // every /users/{id}/… request as Outlook's, as the 2017 announcement listed "User resources" among them.
        var outlookApp = mailbox is null ? null : caller.App;
        if (outlookApp is not null && !faults.TryEnterOutlook(outlookApp))
        {
            await ThrottleAsync(context, 1, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.");
            return;
        }

        // The request stops counting when its answer starts, not when this middleware unwinds: a client that read the answer
        // may send its next at once, and must not meet a slot the emulator has not given back yet (a race real Outlook does not have).
        var counted = outlookApp is not null ? 1 : 0;
        void Leave()
        {
            if (Interlocked.Exchange(ref counted, 0) == 1)
                faults.ExitOutlook(outlookApp!);
        }

        context.Response.OnStarting(() =>
        {
            Leave();
            return Task.CompletedTask;
        });

        try
        {
            var settings = faults.Settings;
            if (faults.NextLatency() is { TotalMilliseconds: > 0 } latency)
                await Task.Delay(latency, context.RequestAborted);
            if (faults.NextFailure() is { } status)
            {
                await FailAsync(context, status, settings.RetryAfterSeconds);
                return;
            }

            if (IsWrite(context.Request.Method) && faults.NextLostResponse() is { } lost)
                await LostResponses.RunAsync(context, next, lost, ids);
            else
                await next();
        }
        finally
        {
            Leave();
        }
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPatch(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method);

    private static Task FailAsync(HttpContext context, int status, int retryAfterSeconds) => status switch
    {
        StatusCodes.Status429TooManyRequests =>
            ThrottleAsync(context, retryAfterSeconds, "TooManyRequests", "Too many requests, please retry later."),
        StatusCodes.Status503ServiceUnavailable =>
            ThrottleAsync(context, retryAfterSeconds, "serviceNotAvailable", "The service is temporarily unavailable."),
        _ => GraphErrors.WriteAsync(context, status, "generalException", "Injected failure."),
    };

    private static Task ThrottleAsync(HttpContext context, int retryAfterSeconds, string code, string message)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var status = code == "serviceNotAvailable" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
        return GraphErrors.WriteAsync(context, status, code, message);
    }
}
