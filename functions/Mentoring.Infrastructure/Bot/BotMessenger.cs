using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Reaches a person in Teams: the app installed through Graph on first contact, one conversation remembered, cards posted into it.</summary>
internal sealed class BotMessenger(BotContacts contacts, BotConnectorClient connector, GraphTeamsAppInstaller installer, IOptions<BotOptions> options) : IBotMessenger
{
    /// <summary>An installation takes a few seconds to reach the Bot Connector: come back rather than spin.</summary>
    private static readonly TimeSpan InstallPropagation = TimeSpan.FromSeconds(10);

    /// <summary>The outbox detail of a card waiting because the tenant's catalog does not have the app (or refuses its id).</summary>
    public const string AppNotInCatalogCode = "teamsApp.notInCatalog";

    /// <summary>An admin publishing the app is not instant: the card comes back after this, as for a missing permission.</summary>
    private static readonly TimeSpan AppNotInCatalogRetry = TimeSpan.FromHours(1);

    /// <summary>The outbox detail of a card that needs the app where the person does not have it (an invitation's).</summary>
    public const string AppNotInstalled = "appNotInstalled";

    public async Task<BotOutcome?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var contact = await contacts.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (contact?.Unreachable is { Length: > 0 } reason)
        {
            return new BotOutcome(BotStatus.Unreachable, Detail: reason);
        }

        return contact is { ConversationId: { Length: > 0 } id, ServiceUrl: { Length: > 0 } url } ? BotOutcome.Opened(new BotConversation(url, id)) : null;
    }

    public async Task<BotOutcome> OpenAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(tenant, person, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        var installed = await installer.InstallAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (!installed.IsSuccess)
        {
            var error = installed.Errors[0];
            return new BotOutcome(BotStatus.RetryLater, RetryAfter: error.Args?.GetValueOrDefault("retryAfterSeconds") is int s ? TimeSpan.FromSeconds(s) : null, Detail: error.Code);
        }

        if (installed.Value == AppInstall.PersonNotFound)
        {
            return new BotOutcome(BotStatus.Unreachable, Detail: "personNotFound");
        }

        if (installed.Value == AppInstall.AppNotInCatalog)
        {
            // The tenant's configuration, not the person: the card waits (its outbox row says why) and nothing about them is written.
            return new BotOutcome(BotStatus.RetryLater, RetryAfter: AppNotInCatalogRetry, Detail: AppNotInCatalogCode);
        }

        return await CreateConversationAsync(tenant, person, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BotOutcome> OpenInstalledAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(tenant, person, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        var installed = await installer.IsInstalledAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (!installed.IsSuccess)
        {
            return new BotOutcome(BotStatus.RetryLater, Detail: installed.Errors[0].Code);
        }

        return installed.Value
            ? await CreateConversationAsync(tenant, person, cancellationToken).ConfigureAwait(false)
            : new BotOutcome(BotStatus.Unreachable, Detail: AppNotInstalled);
    }

    private async Task<BotOutcome> CreateConversationAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        var serviceUrl = await contacts.ServiceUrlAsync(tenant, cancellationToken).ConfigureAwait(false) ?? options.Value.DefaultServiceUrl;
        var created = await connector.CreateConversationAsync(serviceUrl, tenant, person, cancellationToken).ConfigureAwait(false);
        switch (created.Status)
        {
            case BotConnectorStatus.Ok when created.Id is { Length: > 0 } conversationId:
                var conversation = new BotConversation(serviceUrl.AbsoluteUri, conversationId);
                await contacts.SaveConversationAsync(tenant, person, conversation, cancellationToken).ConfigureAwait(false);
                return BotOutcome.Opened(conversation);
            case BotConnectorStatus.Unreachable:
                await contacts.MarkUnreachableAsync(tenant, person, created.ErrorCode!, cancellationToken).ConfigureAwait(false);
                return new BotOutcome(BotStatus.Unreachable, Detail: created.ErrorCode);
            case BotConnectorStatus.NotInstalled:
                return new BotOutcome(BotStatus.RetryLater, RetryAfter: InstallPropagation, Detail: created.ErrorCode);
            case BotConnectorStatus.Rejected:
                return new BotOutcome(BotStatus.Rejected, Detail: created.ErrorCode);
            default:
                // Creating a 1:1 conversation is idempotent in Teams (the same id comes back), so even an unknown outcome is retried.
                return new BotOutcome(BotStatus.RetryLater, RetryAfter: created.RetryAfter, Detail: created.ErrorCode ?? "noConversationId");
        }
    }


    public async Task<BotOutcome> SendAsync(TenantId tenant, PersonId person, BotConversation conversation, MemberCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(card);
        var sent = await connector.SendActivityAsync(tenant, conversation, Activity(tenant, card), cancellationToken).ConfigureAwait(false);
        switch (sent.Status)
        {
            case BotConnectorStatus.Ok:
                return BotOutcome.Delivered(sent.Id ?? "");
            case BotConnectorStatus.Unreachable:
                await contacts.MarkUnreachableAsync(tenant, person, sent.ErrorCode!, cancellationToken).ConfigureAwait(false);
                return new BotOutcome(BotStatus.Unreachable, Detail: sent.ErrorCode);
            case BotConnectorStatus.NotFound:
                await contacts.ForgetConversationAsync(tenant, person, cancellationToken).ConfigureAwait(false);
                return new BotOutcome(BotStatus.RetryLater, Detail: sent.ErrorCode);
            case BotConnectorStatus.RetryLater or BotConnectorStatus.NotInstalled:
                return new BotOutcome(BotStatus.RetryLater, RetryAfter: sent.RetryAfter, Detail: sent.ErrorCode);
            case BotConnectorStatus.Unknown:
                return new BotOutcome(BotStatus.Unknown, Detail: sent.ErrorCode);
            default:
                return new BotOutcome(BotStatus.Rejected, Detail: sent.ErrorCode);
        }
    }

    public async Task<BotOutcome> ReplaceAsync(
        TenantId tenant, PersonId person, BotConversation conversation, string activityId, MemberCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(card);
        var replaced = await connector.UpdateActivityAsync(tenant, conversation, activityId, Activity(tenant, card), cancellationToken).ConfigureAwait(false);
        return replaced.Status == BotConnectorStatus.Ok ? BotOutcome.Delivered(activityId) : new BotOutcome(BotStatus.RetryLater, Detail: replaced.ErrorCode);
    }

    /// <summary>A message activity carrying the card; the summary is what the notification and the chat list show.</summary>
    internal static JsonObject Activity(TenantId tenant, MemberCard card) => new()
    {
        ["type"] = "message",
        ["locale"] = card.Locale,
        ["summary"] = card.Summary,
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = JsonNode.Parse(card.CardJson),
        }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant.ToString() } },
    };
}
