using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>The few Bot Connector REST operations the product uses, paced per tenant, retried only when nothing was delivered.</summary>
/// <remarks>
/// Teams asks bots to retry 429, 412, 502, 503 and 504 honouring Retry-After: those are retried here a bounded number of
/// times, waiting at most <see cref="BotOptions.MaxRetryAfterSeconds"/>; a longer wait goes back to the caller (a queue).
/// A request without an answer (timeout, connection dropped after sending) is never retried: it may have been delivered.
/// Nor is a new activity answered 502 or 504: a gateway that gave up may have passed the message on before it did (the
/// emulator's lost responses include such 504s), so for a send they mean "unknown", not "retry". Creating a conversation
/// and replacing an activity are idempotent: for those all five statuses are retried.
/// </remarks>
internal sealed class BotConnectorClient(HttpClient http, IBotTokens tokens, IOptions<BotOptions> options, TimeProvider time)
{
    public const string HttpClientName = "Mentoring.BotConnector";

    private readonly BotOptions settings = options.Value;
    private readonly TenantPacer pacer = new(options.Value.RequestsPerSecond);

    /// <summary>Creates (or finds: Teams answers the same id again) the person's 1:1 conversation with the bot.</summary>
    public Task<BotConnectorResponse> CreateConversationAsync(Uri serviceUrl, TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = "28:" + settings.AppId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = person.ToString() }),
            ["isGroup"] = false,
            ["tenantId"] = tenant.ToString(),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant.ToString() } },
        };
        return SendAsync(tenant, HttpMethod.Post, new Uri(Root(serviceUrl), "v3/conversations"), body, idempotent: true, cancellationToken);
    }

    public Task<BotConnectorResponse> SendActivityAsync(TenantId tenant, BotConversation conversation, JsonObject activity, CancellationToken cancellationToken) =>
        SendAsync(tenant, HttpMethod.Post, Activities(conversation, null), activity, idempotent: false, cancellationToken);

    /// <summary>Replaces a message the bot sent (a card after its answer, say).</summary>
    public Task<BotConnectorResponse> UpdateActivityAsync(TenantId tenant, BotConversation conversation, string activityId, JsonObject activity, CancellationToken cancellationToken) =>
        SendAsync(tenant, HttpMethod.Put, Activities(conversation, activityId), activity, idempotent: true, cancellationToken);

    private static Uri Root(Uri serviceUrl) => serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    private static Uri Activities(BotConversation conversation, string? activityId) =>
        new(Root(new Uri(conversation.ServiceUrl)), $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/activities"
            + (activityId is null ? "" : "/" + Uri.EscapeDataString(activityId)));

    private async Task<BotConnectorResponse> SendAsync(TenantId tenant, HttpMethod method, Uri uri, JsonObject body, bool idempotent, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            string token;
            try
            {
                token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                // No token, no request: nothing can have been delivered.
                return new(BotConnectorStatus.RetryLater, ErrorCode: "tokenUnavailable");
            }

            await pacer.WaitAsync(tenant.ToString(), cancellationToken).ConfigureAwait(false);
            var answer = await TryOnceAsync(method, uri, body, token, idempotent, cancellationToken).ConfigureAwait(false);
            if (answer.Status != BotConnectorStatus.RetryLater || attempt >= settings.MaxRetries
                || answer.RetryAfter > TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds))
            {
                return answer;
            }

            // Real time, not the injected clock: this waits on the service, and a test's frozen clock must not stall it.
            await Task.Delay(answer.RetryAfter ?? TimeSpan.FromMilliseconds(500 << attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BotConnectorResponse> TryOnceAsync(HttpMethod method, Uri uri, JsonObject body, string token, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new(BotConnectorStatus.Ok, Id: IdOf(text));
            }

            var status = (int)response.StatusCode;
            var code = TeamsErrors.CodeOf(text) ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return !idempotent && TeamsErrors.MayHaveBeenDelivered(status)
                ? new(BotConnectorStatus.Unknown, ErrorCode: code)
                : new(TeamsErrors.Classify(status, code), ErrorCode: code, RetryAfter: GraphCall.RetryAfter(response.Headers.NonValidated, time));
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Never connected: the request did not leave.
            return new(BotConnectorStatus.RetryLater, ErrorCode: "connectionFailed");
        }
        catch (HttpRequestException)
        {
            return new(BotConnectorStatus.Unknown, ErrorCode: "responseLost");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(BotConnectorStatus.Unknown, ErrorCode: "timeout");
        }
    }

    private static string? IdOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            // Done all the same: the id only helps to update the message later.
            return null;
        }
    }
}
