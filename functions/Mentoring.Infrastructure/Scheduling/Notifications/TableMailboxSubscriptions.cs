using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling.Notifications;

/// <summary>
/// The CalendarFollow table, partition = tenant: row "mbx_{organizer}" holds the subscription (id, clientState, expiry, delta
/// link), row "sub_{subscriptionId}" names its organizer, so a notification (which names the tenant and the subscription) is
/// resolved by one point read. The clientState is a secret: it is stored here only, never logged.
/// </summary>
internal sealed class TableMailboxSubscriptions(Tables tables) : IMailboxSubscriptions
{
    private const string MailboxPrefix = "mbx_";
    private const string SubscriptionPrefix = "sub_";

    public async Task<MailboxSubscription?> FindAsync(TenantId tenant, PersonId organizer, CancellationToken cancellationToken = default)
    {
        var found = await tables.CalendarFollow.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), MailboxPrefix + organizer, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? Read(tenant, organizer, found.Value!) : null;
    }

    public async Task<MailboxSubscription?> FindByIdAsync(TenantId tenant, string subscriptionId, CancellationToken cancellationToken = default)
    {
        var index = await tables.CalendarFollow.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), SubscriptionPrefix + Safe(subscriptionId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!index.HasValue || index.Value!.GetGuid("Organizer") is not { } organizer)
        {
            return null;
        }

        var subscription = await FindAsync(tenant, new PersonId(organizer), cancellationToken).ConfigureAwait(false);
        return subscription?.SubscriptionId == subscriptionId ? subscription : null;
    }

    public async Task SaveAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default)
    {
        var tenant = Keys.Tenant(subscription.Tenant);
        var index = new TableEntity(tenant, SubscriptionPrefix + Safe(subscription.SubscriptionId)) { ["Organizer"] = subscription.Organizer.Value };
        await tables.CalendarFollow.UpsertEntityAsync(index, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(tenant, MailboxPrefix + subscription.Organizer)
        {
            ["SubscriptionId"] = subscription.SubscriptionId,
            ["ClientState"] = subscription.ClientState,
            ["Expiry"] = subscription.Expiry,
            ["DeltaLink"] = subscription.DeltaLink,
        };
        await tables.CalendarFollow.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemoveAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default)
    {
        var tenant = Keys.Tenant(subscription.Tenant);
        await tables.CalendarFollow.DeleteEntityAsync(tenant, SubscriptionPrefix + Safe(subscription.SubscriptionId), ETag.All, cancellationToken).ConfigureAwait(false);
        await tables.CalendarFollow.DeleteEntityAsync(tenant, MailboxPrefix + subscription.Organizer, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<MailboxSubscription> ExpiringAsync(
        DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey ge {MailboxPrefix} and RowKey lt {"mbx`"} and Expiry lt {before}");
        await foreach (var row in tables.CalendarFollow.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TenantId.TryParse(row.PartitionKey, out var tenant) && Guid.TryParse(row.RowKey[MailboxPrefix.Length..], out var organizer))
            {
                yield return Read(tenant, new PersonId(organizer), row);
            }
        }
    }

    private static MailboxSubscription Read(TenantId tenant, PersonId organizer, TableEntity row) => new(
        tenant, organizer, row.GetString("SubscriptionId") ?? "", row.GetString("ClientState") ?? "", row.GetDateTimeOffset("Expiry") ?? DateTimeOffset.MinValue, row.GetString("DeltaLink"));

    /// <summary>Graph's subscription ids are GUIDs; anything a row key may not hold is refused as unknown rather than trusted.</summary>
    /// <summary>Where a subscription's two rows live, "{tenant}/{row}": what the export names as the records' keys.</summary>
    internal static string[] KeysOf(MailboxSubscription subscription) =>
        [$"{Keys.Tenant(subscription.Tenant)}/{MailboxPrefix}{subscription.Organizer}", $"{Keys.Tenant(subscription.Tenant)}/{SubscriptionPrefix}{Safe(subscription.SubscriptionId)}"];

    private static string Safe(string id) => id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && id.Length <= 100 ? id : "invalid";
}
