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

    /// <summary>
    /// Teams said, at <paramref name="at"/>, that the person installed the app or wrote to the bot (reachable again), or removed it.
    /// </summary>
    /// <remarks>
    /// Teams posts these in the background and the Bot Framework redelivers what failed, so one can arrive after a newer fact: an
    /// install posted before the person blocked the chat must not clear the block the next send learned, nor a removal posted before a
    /// reinstall undo it. So an event older than the last one applied, or an install not newer than a block a send learned (a send
    /// needs the conversation the install opened), changes nothing; the row
    /// is written on its ETag (a concurrent send that marks the block is not overwritten) and read again on a conflict.
    /// </remarks>
    public async Task InstallationChangedAsync(TenantId tenant, PersonId person, bool installed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
            if (row?.InstallSeenAt > at || (installed && row is { Unreachable: { Length: > 0 } reason } && reason != AppRemoved && row.UnreachableSince >= at))
            {
                return;
            }

            var entity = new BotContactEntity { PartitionKey = Keys.Tenant(tenant), RowKey = person.ToString(), InstallSeenAt = at };
            (entity.Unreachable, entity.UnreachableSince) = installed ? ("", (DateTimeOffset?)null) : (AppRemoved, at);
            try
            {
                await (row is null
                    ? tables.BotContacts.AddEntityAsync(entity, cancellationToken)
                    : tables.BotContacts.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Merge, cancellationToken)).ConfigureAwait(false);
                return;
            }
            catch (Azure.RequestFailedException e) when (e.Status is 409 or 412 && attempt < 3)
            {
                // Another writer got there first: read what it wrote and decide again.
            }
        }
    }

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

    Task IBotContactEvents.InstallationChangedAsync(TenantId tenant, PersonId person, bool installed, DateTimeOffset? at, CancellationToken cancellationToken) =>
        InstallationChangedAsync(tenant, person, installed, at ?? time.GetUtcNow(), cancellationToken);

    private Task MergeAsync(TenantId tenant, PersonId person, Action<BotContactEntity> change, CancellationToken cancellationToken)
    {
        var entity = new BotContactEntity { PartitionKey = Keys.Tenant(tenant), RowKey = person.ToString() };
        change(entity);
        return tables.BotContacts.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }
}
