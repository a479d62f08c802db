namespace Mentoring.Infrastructure.Graph;

/// <summary>Notes the Retry-After of every throttled attempt, so a call that runs out of retries can tell its caller when to come back.</summary>
/// <remarks>
/// Sits innermost in the pipeline (below Kiota's RetryHandler) so it sees each attempt. The RetryHandler's own exception
/// ("Too many retries performed") carries no headers, hence this. The value goes to the <see cref="RetryAfterScope"/> of the
/// calling operation: an AsyncLocal holder created by the caller flows down into the handler.
/// </remarks>
internal sealed class RetryAfterRecorder : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (RetryAfterScope.Current is { } scope && RetryAfter(response) is { } wait)
        {
            scope.Last = wait;
        }

        return response;
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
