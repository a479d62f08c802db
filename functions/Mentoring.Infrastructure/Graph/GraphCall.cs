using System.Net.Http.Headers;
using Mentoring.Core.Common;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Runs one gateway operation and turns the calendar's expected failures into errors; bugs still throw.</summary>
/// <remarks>
/// Unavailable: Kiota's RetryHandler ran out of retries (an AggregateException of one ApiException per attempt, not an
/// ODataError), a 429/503/504 it chose not to retry (Retry-After too long), the network, or a timeout. NotFound: a 404.
/// A 403 means the tenant's admin has not granted (or has revoked) a permission the app needs: Unavailable too, with an
/// hour's wait, so the timer finishes the work once the grant is given instead of the request failing as a bug. A 412 (an
/// If-Match that lost the race too many times) is Unavailable too.
/// Any other 4xx is our bug and throws.
/// </remarks>
internal static class GraphCall
{
    public const string UnavailableCode = "calendar.unavailable";
    public const string NotFoundCode = "calendar.eventNotFound";
    public const string PermissionMissingCode = "graph.permissionMissing";

    /// <summary>How long to wait before trying again after Graph refused a permission: an admin's consent is not instant.</summary>
    public static readonly TimeSpan PermissionRetryAfter = TimeSpan.FromHours(1);

    /// <summary>When the service gave no Retry-After, callers wait this long before trying again.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public static bool IsTransient(int status) => status is 429 or 503 or 504;

    public static async Task<Result<T>> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (AggregateException e) when (e.Message.StartsWith("Too many retries", StringComparison.Ordinal))
        {
            // The last attempt's answer is the freshest word on when to come back.
            return Unavailable(e.InnerExceptions.OfType<ApiException>().LastOrDefault());
        }
        catch (ApiException e) when (IsTransient(e.ResponseStatusCode))
        {
            return Unavailable(e);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return Error.NotFound(NotFoundCode);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 412)
        {
            // Others kept writing the same event (see GraphAttendees): the change is tried again later, never lost.
            return Error.Unavailable(UnavailableCode, DefaultRetryAfter);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 403)
        {
            return Error.Unavailable(PermissionMissingCode, PermissionRetryAfter);
        }
        catch (HttpRequestException)
        {
            return Unavailable(null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's timeout surfaces as a cancellation nobody asked for.
            return Unavailable(null);
        }
    }

    /// <summary>Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3).</summary>
    internal static TimeSpan? RetryAfter(HttpHeadersNonValidated headers) =>
        headers.TryGetValues("Retry-After", out var values) ? Parse(values.FirstOrDefault()) : null;

    private static Error Unavailable(ApiException? e) =>
        Error.Unavailable(UnavailableCode, RetryAfter(e) ?? DefaultRetryAfter);

    private static TimeSpan? RetryAfter(ApiException? e)
    {
        var values = e?.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value;
        return Parse(values?.FirstOrDefault());
    }

    private static TimeSpan? Parse(string? value)
    {
        if (int.TryParse(value, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return RetryConditionHeaderValue.TryParse(value, out var parsed) && parsed.Date is { } date
            ? TimeSpan.FromSeconds(Math.Max(0, (date - DateTimeOffset.UtcNow).TotalSeconds))
            : null;
    }
}
