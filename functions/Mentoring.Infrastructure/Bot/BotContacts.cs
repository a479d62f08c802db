using System.Collections.Concurrent;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Bot;

/// <summary>One partition per tenant: each person's conversation with the bot (created once), who cannot be written to, and the tenant's service URL.</summary>
internal sealed class BotContacts(Tables tables, TimeProvider time) : IBotContactEvents
{
    /// <summary>The reason stored when Teams tells the bot its app was removed.</summary>
    public const string AppRemoved = "AppRemoved";

    // The bot endpoint sees every activity: remember what was stored, so an unchanged service URL costs no write.
    private readonly ConcurrentDictionary<TenantId, string> storedServiceUrls = new();

    public async Task<BotContactEntity?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        var found = await tables.BotContacts.GetEntityIfExistsAsync<BotContactEntity>(Keys.Tenant(tenant), person.ToString(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    public Task SaveConversationAsync(TenantId tenant, PersonId person, BotConversation conversation, CancellationToken cancellationToken) =>
        MergeAsync(tenant, person, e => (e.ConversationId, e.ServiceUrl) = (conversation.ConversationId, conversation.ServiceUrl), cancellationToken);

    /// <summary>The conversation is gone (404): the next card opens it again.</summary>
    public Task ForgetConversationAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken) =>
        MergeAsync(tenant, person, e => e.ConversationId = "", cancellationToken);

    public Task MarkUnreachableAsync(TenantId tenant, PersonId person, string reason, CancellationToken cancellationToken) =>
        MergeAsync(tenant, person, e => (e.Unreachable, e.UnreachableSince) = (reason, time.GetUtcNow()), cancellationToken);

    /// <summary>The person wrote to the bot again (or reinstalled the app): they can be reached.</summary>
    public Task MarkReachableAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken) =>
        MergeAsync(tenant, person, e => (e.Unreachable, e.UnreachableSince) = ("", null), cancellationToken);

    public async Task<Uri?> ServiceUrlAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var found = await tables.BotContacts.GetEntityIfExistsAsync<BotContactEntity>(Keys.Tenant(tenant), BotContactEntity.TenantRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && Uri.TryCreate(found.Value!.ServiceUrl, UriKind.Absolute, out var url) ? url : null;
    }

    /// <summary>Keeps the service URL Teams sent with an activity of this tenant: proactive messages go there.</summary>
    public async Task RememberServiceUrlAsync(TenantId tenant, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var url = serviceUrl.AbsoluteUri;
        if (storedServiceUrls.TryGetValue(tenant, out var stored) && stored == url)
        {
            return;
        }

        await tables.BotContacts.UpsertEntityAsync(new BotContactEntity { PartitionKey = Keys.Tenant(tenant), RowKey = BotContactEntity.TenantRow, ServiceUrl = url }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        storedServiceUrls[tenant] = url;
    }

    public Task ServiceUrlSeenAsync(TenantId tenant, Uri serviceUrl, CancellationToken cancellationToken = default) =>
        RememberServiceUrlAsync(tenant, serviceUrl, cancellationToken);

    public Task ConversationStartedAsync(TenantId tenant, PersonId person, BotConversation conversation, CancellationToken cancellationToken = default) =>
        SaveConversationAsync(tenant, person, conversation, cancellationToken);

    public Task InstallationChangedAsync(TenantId tenant, PersonId person, bool installed, CancellationToken cancellationToken = default) =>
        installed ? MarkReachableAsync(tenant, person, cancellationToken) : MarkUnreachableAsync(tenant, person, AppRemoved, cancellationToken);

    private Task MergeAsync(TenantId tenant, PersonId person, Action<BotContactEntity> change, CancellationToken cancellationToken)
    {
        var entity = new BotContactEntity { PartitionKey = Keys.Tenant(tenant), RowKey = person.ToString() };
        change(entity);
        return tables.BotContacts.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }
}
