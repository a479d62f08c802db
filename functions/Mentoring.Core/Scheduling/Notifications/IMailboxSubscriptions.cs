using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The product's subscriptions, found by organizer and by Graph's subscription id.</summary>
public interface IMailboxSubscriptions
{
    Task<MailboxSubscription?> FindAsync(TenantId tenant, PersonId organizer, CancellationToken cancellationToken = default);

    Task<MailboxSubscription?> FindByIdAsync(TenantId tenant, string subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>Stores the subscription (replacing the organizer's previous one, whose id then no longer resolves).</summary>
    Task SaveAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default);

    Task RemoveAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Every subscription expiring before <paramref name="before"/>, read a page at a time.</summary>
    IAsyncEnumerable<MailboxSubscription> ExpiringAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
