using Mentoring.Core.Common;
using Mentoring.Core.Nudges;
using Mentoring.Core.People;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Teamwork.SendActivityNotificationToRecipients;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>
/// Nudges through Graph's activity feed (application permission TeamsActivity.Send): one person through
/// <c>POST /users/{id}/teamwork/sendActivityNotification</c>, several through <c>POST /teamwork/sendActivityNotificationToRecipients</c>
/// (learn.microsoft.com/graph/api/userteamwork-sendactivitynotification, teamwork-sendactivitynotificationtorecipients).
/// </summary>
/// <remarks>
/// The topic is text (the circle's name) with a deep link to the personal tab as <c>webUrl</c> ("webUrl is required when using
/// topic source as text"): <c>https://teams.microsoft.com/l/entity/{app id}/{entity id}?context={"subEntityId":"…"}</c>, the tab
/// reading the sub-entity as <c>page.subPageId</c>; the app id is the tenant's catalog id, as deep links to an org-catalog app
/// name it (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application). Graph's 429 and 503 are
/// retried by the client's RetryHandler first (Retry-After honoured), then answered "later".
/// Each tenant's requests are spaced evenly under Graph's limits (learn.microsoft.com/graph/throttling-limits, "Microsoft Teams
/// service limits": 5 per second per app per tenant to a user, 2 in bulk), at 0.95 of them: Teams counts in a sliding second, so
/// a burst is throttled even under the second's total. Per process, like the Bot Connector's <see cref="Bot.TenantPacer"/>.
/// </remarks>
internal sealed partial class GraphNudgeSender(GraphClients clients, TeamsAppCatalog catalog, ILogger<GraphNudgeSender> logger) : INudgeSender
{
    /// <summary>The personal tab's entityId (addin-manifest/manifest.json, staticTabs[0]).</summary>
    public const string PersonalTabEntityId = "mes-cercles";

    /// <summary>0.95 of the documented 5 requests per second per app per tenant (sendActivityNotification).</summary>
    public const double SinglePerSecond = 4.75;

    /// <summary>0.95 of the documented 2 requests per second per app per tenant (sendActivityNotificationToRecipients).</summary>
    public const double BulkPerSecond = 1.9;

    /// <summary>Attempts per send while Graph answers 429 (then the queue brings the nudge back later).</summary>
    private const int MaxAttempts = 4;

    private readonly Bot.TenantPacer singles = new(SinglePerSecond);
    private readonly Bot.TenantPacer bulks = new(BulkPerSecond);

    public async Task<NudgeSent> SendAsync(TenantId tenant, IReadOnlyList<PersonId> recipients, NudgeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        var found = await catalog.CatalogIdAsync(tenant, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Later(found.Errors);
        }

        if (found.Value is not { } catalogId)
        {
            LogNotInCatalog(logger, tenant);
            return new NudgeSent(NudgeSendStatus.Refused, Reason: "teamsApp.notInCatalog");
        }

        var topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = message.Topic, WebUrl = DeepLink(catalogId, message.SubEntityId) };
        var preview = new ItemBody { Content = message.Preview };
        var parameters = message.Parameters.Select(p => new Microsoft.Graph.Models.KeyValuePair { Name = p.Key, Value = p.Value }).ToList();
        var sent = await clients.RunAsync(async () =>
        {
            try
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await PostAsync(tenant, recipients, message.ActivityType, topic, preview, parameters, cancellationToken).ConfigureAwait(false);
                        return (string?)null;
                    }
                    catch (ApiException e) when (e.ResponseStatusCode == 429 && attempt < MaxAttempts)
                    {
                        // Retried here, not by the client's RetryHandler: the retry then takes its turn in the pacer, instead of
                        // landing on top of the paced requests and pushing the next ones over the limit.
                        var wait = e.ResponseHeaders.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds)
                            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(1);
                        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (ODataError e) when (e.ResponseStatusCode is 400 or 403 && e.Error?.Code is "BadRequest" or "Forbidden" && !IsPermissionMissing(e))
            {
                // The app is not installed for a recipient, or Graph refused what was asked: sending again will not help.
                return e.Error?.Message ?? e.Message;
            }
        }, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            return sent.Errors.Any(e => e.Code == GraphCall.NotFoundCode) ? new NudgeSent(NudgeSendStatus.Refused, Reason: "personNotFound") : Later(sent.Errors);
        }

        return sent.Value is { } refused ? new NudgeSent(NudgeSendStatus.Refused, Reason: refused) : NudgeSent.Done;
    }

    internal static string DeepLink(string catalogId, string subEntityId) =>
        $"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(catalogId)}/{PersonalTabEntityId}?context="
        + Uri.EscapeDataString($$"""{"subEntityId":"{{subEntityId}}"}""");

    private async Task PostAsync(
        TenantId tenant, IReadOnlyList<PersonId> recipients, string activityType, TeamworkActivityTopic topic, ItemBody preview, List<Microsoft.Graph.Models.KeyValuePair> parameters,
        CancellationToken cancellationToken)
    {
        var graph = clients.For(tenant);
        if (recipients.Count == 1)
        {
            await singles.WaitAsync(tenant.ToString(), cancellationToken).ConfigureAwait(false);
            await graph.Users[recipients[0].ToString()].Teamwork.SendActivityNotification.PostAsync(new SendActivityNotificationPostRequestBody
            {
                Topic = topic, ActivityType = activityType, PreviewText = preview, TemplateParameters = parameters,
            }, NoClientRetry, cancellationToken).ConfigureAwait(false);
            return;
        }

        await bulks.WaitAsync(tenant.ToString(), cancellationToken).ConfigureAwait(false);
        await graph.Teamwork.SendActivityNotificationToRecipients.PostAsync(new SendActivityNotificationToRecipientsPostRequestBody
        {
            Topic = topic, ActivityType = activityType, PreviewText = preview, TemplateParameters = parameters,
            Recipients = [.. recipients.Select(r => (TeamworkNotificationRecipient)new AadUserNotificationRecipient { UserId = r.ToString() })],
        }, NoClientRetry, cancellationToken).ConfigureAwait(false);
    }

    // 429 is retried by SendAsync through the pacer; 503 and 504 are left to the client's RetryHandler.
    private static void NoClientRetry(RequestConfiguration<DefaultQueryParameters> config) =>
        config.Options.Add(new RetryHandlerOption { ShouldRetry = (_, _, response) => (int)response.StatusCode is 503 or 504 });

    // "Missing role permissions on the request": TeamsActivity.Send not granted, an admin must act (GraphCall waits an hour).
    private static bool IsPermissionMissing(ODataError e) => e.Error?.Message?.StartsWith("Missing role permissions", StringComparison.Ordinal) == true;

    private static NudgeSent Later(IReadOnlyList<Mentoring.Core.Common.Error> errors) =>
        new(NudgeSendStatus.RetryLater, errors.Select(e => e.Args?.GetValueOrDefault("retryAfterSeconds")).OfType<int>().Select(s => (TimeSpan?)TimeSpan.FromSeconds(s)).FirstOrDefault()
            ?? GraphCall.DefaultRetryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nudges in tenant {Tenant}: the Teams app is not in the organization's catalog; publish it there (docs/deployment.md).")]
    private static partial void LogNotInCatalog(ILogger logger, TenantId tenant);
}
