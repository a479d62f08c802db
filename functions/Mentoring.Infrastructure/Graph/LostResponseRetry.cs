namespace Mentoring.Infrastructure.Graph;

/// <summary>Re-sends a create whose answer never came back (connection dropped before the answer) instead of giving up.</summary>
/// <remarks>
/// Graph may have created the event before the answer was lost, and the SDK's retry handler retries statuses only (429, 503,
/// 504), never a broken connection. The request carries a <c>transactionId</c>, which Graph documents as the way to "avoid
/// redundant POST operations in case of client retries to create the same event" when "the client times out before
/// receiving a response" (event resource, learn.microsoft.com): re-sending it returns the event created the first time, so
/// re-sending is how the series is found. The operation must build a new body each time: Kiota sends a re-posted object as {}.
/// A timeout is not re-sent here: after 100 s the caller is better told Unavailable, and the timer sends the same
/// transactionId again later.
/// </remarks>
internal static class LostResponseRetry
{
    public const int MaxAttempts = 3;

    public static async Task<T> RunAsync<T>(Func<Task<T>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send().ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                // The answer is unknown, not negative: ask again with the same transactionId.
            }
        }
    }
}
