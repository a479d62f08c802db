using System.Net.Http.Headers;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Runs one gateway operation and turns the calendar's expected failures into errors; bugs still throw.</summary>
/// <remarks>
/// Unavailable: Kiota's RetryHandler ran out of retries (an AggregateException of one ApiException per attempt, not an
/// ODataError), a 429/503/504 it chose not to retry (Retry-After too long), the network, or a timeout. NotFound: a 404.
/// A 403 <c>ErrorAccessDenied</c> is Exchange refusing one mailbox: <see cref="CalendarAccessDenied.Code"/>. Any other 403 means
/// the tenant's admin has not granted (or has revoked) a permission the app needs: Unavailable too, with an hour's wait, so the timer finishes the work once the grant is given instead of the request failing as a bug. A 412 (an
/// If-Match that lost the race too many times) is Unavailable too.
/// Any other 4xx is our bug and throws.
/// </remarks>
internal static class GraphCall
{
    public const string UnavailableCode = "calendar.unavailable";
    public const string NotFoundCode = "calendar.eventNotFound";
    public const string PermissionMissingCode = "graph.permissionMissing";

    /// <summary>Exchange's code for a mailbox the app may not read or write (the other services name a missing permission otherwise).</summary>
    public const string MailboxAccessDeniedGraphCode = "ErrorAccessDenied";

    /// <summary>How long to wait before trying again after Graph refused a permission: an admin's consent is not instant.</summary>
    public static readonly TimeSpan PermissionRetryAfter = TimeSpan.FromHours(1);

    /// <summary>When the service gave no Retry-After, callers wait this long before trying again.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public static bool IsTransient(int status) => status is 429 or 503 or 504;

    /// <param name="time">The injected clock: a Retry-After given as an HTTP date is a wait from now.</param>
    public static async Task<Result<T>> RunAsync<T>(Func<Task<T>> operation, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (AggregateException e) when (e.Message.StartsWith("Too many retries", StringComparison.Ordinal))
        {
            // The last attempt's answer is the freshest word on when to come back.
            return Unavailable(e.InnerExceptions.OfType<ApiException>().LastOrDefault(), time);
        }
        catch (ApiException e) when (IsTransient(e.ResponseStatusCode))
        {
            return Unavailable(e, time);
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
        catch (ODataError e) when (e.ResponseStatusCode == 403 && e.Error?.Code == MailboxAccessDeniedGraphCode)
        {
            // Exchange refuses this mailbox: an application access policy leaves it out ("Access to OData is disabled.",
            // learn.microsoft.com/graph/auth-limit-mailbox-access) or Calendars.ReadWrite is not granted. Either way an admin must
            // act; the scheduling timer then waits longer each time and stops (Core CalendarAccessDenied).
            return Error.Unavailable(CalendarAccessDenied.Code, PermissionRetryAfter);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 403)
        {
            return Error.Unavailable(PermissionMissingCode, PermissionRetryAfter);
        }
        catch (HttpRequestException)
        {
            return Unavailable(null, time);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's timeout surfaces as a cancellation nobody asked for.
            return Unavailable(null, time);
        }
    }

    /// <summary>Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3).</summary>
    internal static TimeSpan? RetryAfter(HttpHeadersNonValidated headers, TimeProvider time) =>
        headers.TryGetValues("Retry-After", out var values) ? Parse(values.FirstOrDefault(), time) : null;

    private static Error Unavailable(ApiException? e, TimeProvider time) =>
        Error.Unavailable(UnavailableCode, RetryAfter(e, time) ?? DefaultRetryAfter);

    private static TimeSpan? RetryAfter(ApiException? e, TimeProvider time)
    {
        var values = e?.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value;
        return Parse(values?.FirstOrDefault(), time);
    }

    private static TimeSpan? Parse(string? value, TimeProvider time)
    {
        if (int.TryParse(value, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return RetryConditionHeaderValue.TryParse(value, out var parsed) && parsed.Date is { } date
            ? TimeSpan.FromSeconds(Math.Max(0, (date - time.GetUtcNow()).TotalSeconds))
            : null;
    }
}
