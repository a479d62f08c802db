using System.Collections.Concurrent;
using Mentoring.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>One <see cref="GraphServiceClient"/> per customer tenant, all over one HTTP pipeline.</summary>
/// <remarks>
/// Why a client per tenant rather than one client with a tenant-keyed auth provider: the tenant then cannot be forgotten
/// on a request (no option or header to set), and a client is only a request adapter over the shared HttpClient, so caching
/// one per tenant costs nothing. The pipeline comes from <see cref="GraphClientFactory"/> with its default handlers (retry
/// on 429/503/504 honouring Retry-After, redirects, telemetry); only the RetryHandler's options
/// are ours, and the innermost <see cref="OutlookConcurrency"/> that keeps the app within Outlook's per-app limit.
/// </remarks>
internal sealed class GraphClients : IDisposable
{
    private readonly HttpClient http;
    private readonly ITenantAuthentication authentication;
    private readonly string baseUrl;
    private readonly ConcurrentDictionary<TenantId, GraphServiceClient> clients = new();

    public GraphClients(IOptions<GraphOptions> options, ITenantAuthentication authentication, TimeProvider time)
    {
        Time = time;
        var o = options.Value;
        this.authentication = authentication;
        baseUrl = o.BaseUrl.TrimEnd('/');
        var retry = new RetryHandlerOption
        {
            MaxRetry = o.MaxRetries,
            Delay = o.RetryDelaySeconds,
            // Kiota lets this alone decide, for every response, so it must keep the default's statuses. A long Retry-After is
            // better spent elsewhere: give up now and let the caller (a queue) come back later.
            ShouldRetry = (_, _, response) => GraphCall.IsTransient((int)response.StatusCode)
                && (GraphCall.RetryAfter(response.Headers.NonValidated, time) ?? TimeSpan.Zero) <= TimeSpan.FromSeconds(o.MaxRetryAfterSeconds),
        };
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(retry) : h)
            .ToList();

        // Last, so innermost: each attempt on the wire holds one of Outlook's per-app slots (see OutlookConcurrency).
        handlers.Add(new OutlookConcurrency(o.MaxConcurrentOutlookRequests));
        http = GraphClientFactory.Create(handlers);
    }

    /// <summary>Graph's root without the trailing slash, as <c>@odata.bind</c> URLs start.</summary>
    public string BaseUrl => baseUrl;

    /// <summary>The injected clock, for the waits a Retry-After date names.</summary>
    public TimeProvider Time { get; }

    /// <summary>Runs one operation of these clients as <see cref="GraphCall"/> does, on the injected clock.</summary>
    public Task<Result<T>> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken) => GraphCall.RunAsync(operation, Time, cancellationToken);

    public GraphServiceClient For(TenantId tenant) =>
        clients.GetOrAdd(tenant, t => new GraphServiceClient(http, authentication.For(t), baseUrl));

    public void Dispose() => http.Dispose();
}
