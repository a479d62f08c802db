using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>Graph's side of the webhook: the validation request, and the POST of each notification, with Graph's time limits.</summary>
/// <remarks>
/// learn.microsoft.com/graph/change-notifications-delivery-webhooks: the validation request is a POST to the URL with a
/// <c>validationToken</c> query parameter, answered within <see cref="ValidationLimit"/> with 200, <c>text/plain</c> and the
/// token (URL-decoded) as the whole body, else the subscription is not created. A notification is delivered when a 2xx
/// comes back within <see cref="NotificationLimit"/>; anything else is a failure (Graph then retries, and slow endpoints
/// get delayed then dropped notifications).
/// </remarks>
internal sealed class NotificationDelivery(HttpClient http)
{
    public static readonly TimeSpan ValidationLimit = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan NotificationLimit = TimeSpan.FromSeconds(3);

    /// <summary>Whether the endpoint answered the validation request as Graph demands.</summary>
    public async Task<bool> ValidateAsync(Uri url, CancellationToken cancellationToken)
    {
        // Graph's tokens are a sentence with spaces and colons: an endpoint must URL-decode the parameter to echo it.
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ValidationLimit);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}{separator}validationToken={Uri.EscapeDataString(token)}")
            {
                Content = new StringContent("", Encoding.UTF8, "text/plain"),
            };
            using var response = await http.SendAsync(request, limit.Token);
            var body = await response.Content.ReadAsStringAsync(limit.Token);
            return response.StatusCode == System.Net.HttpStatusCode.OK
                && response.Content.Headers.ContentType?.MediaType == "text/plain"
                && body == token;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Posts one notification collection; true when a 2xx came back within the limit. Also returns how long it took.</summary>
    public async Task<(bool Delivered, TimeSpan Elapsed)> PostAsync(Uri url, JsonObject collection, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(NotificationLimit);
        try
        {
            using var content = new StringContent(collection.ToJsonString(), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await http.PostAsync(url, content, limit.Token);
            return ((int)response.StatusCode is >= 200 and < 300, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (false, Stopwatch.GetElapsedTime(started));
        }
    }
}
