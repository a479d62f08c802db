using Mentoring.Core.Common;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Runs one gateway operation and turns the calendar's expected failures into errors; bugs still throw.</summary>
/// <remarks>
/// Unavailable: Kiota's RetryHandler ran out of retries (an AggregateException, not an ODataError), a 429/503/504 it chose
/// not to retry (Retry-After too long), the network, or a timeout. NotFound: a 404. Any other 4xx is our bug and throws.
/// </remarks>
internal static class GraphCall
{
    public const string UnavailableCode = "calendar.unavailable";
    public const string NotFoundCode = "calendar.eventNotFound";

    /// <summary>When the service gave no Retry-After, callers wait this long before trying again.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    private static readonly int[] Transient = [429, 503, 504];

    public static async Task<Result<T>> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        var scope = RetryAfterScope.Begin();
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (AggregateException e) when (e.Message.StartsWith("Too many retries", StringComparison.Ordinal))
        {
            return Unavailable(scope, null);
        }
        catch (ApiException e) when (Transient.Contains(e.ResponseStatusCode))
        {
            return Unavailable(scope, e);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return Error.NotFound(NotFoundCode);
        }
        catch (HttpRequestException)
        {
            return Unavailable(scope, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's timeout surfaces as a cancellation nobody asked for.
            return Unavailable(scope, null);
        }
    }

    private static Error Unavailable(RetryAfterScope scope, ApiException? e) =>
        Error.Unavailable(UnavailableCode, FromHeaders(e) ?? scope.Last ?? DefaultRetryAfter);

    private static TimeSpan? FromHeaders(ApiException? e)
    {
        if (e?.ResponseHeaders is null || !e.ResponseHeaders.TryGetValue("Retry-After", out var values))
        {
            return null;
        }

        return int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
    }
}
