namespace Mentoring.Infrastructure.Graph;

/// <summary>Keeps this app's requests to Outlook within Outlook's 4 concurrent requests, whatever mailboxes they target.</summary>
/// <remarks>
/// learn.microsoft.com/graph/throttling-limits#outlook-service-limits, "Limits per app ID": "Outlook can execute up to 4 concurrent
/// requests. [...] regardless of whether the requests all access the same mailbox, or access different mailboxes." A fifth answers
/// 429 "Application is over its MailboxConcurrency limit.". This handler is the innermost of the Graph pipeline, so each attempt
/// (a retry too) holds a slot only while it is on the wire, never while the RetryHandler waits. Every <c>/users/{id}/…</c> request
/// counts, the strict reading (user resources were listed among Outlook's when the limits were announced). The slots are per process:
/// with several instances 429s can still come, and the RetryHandler honours their Retry-After.
/// </remarks>
internal sealed class OutlookConcurrency(int limit) : DelegatingHandler
{
    /// <summary>Outlook's documented limit per app.</summary>
    public const int DocumentedLimit = 4;

    private readonly SemaphoreSlim slots = new(limit, limit);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsOutlook(request.RequestUri))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>A request on one user's resources: ".../users/{id}/..." or ".../users/{id}".</summary>
    internal static bool IsOutlook(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var users = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        return users >= 0 && users + 1 < segments.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
