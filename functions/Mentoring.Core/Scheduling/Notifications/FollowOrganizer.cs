using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Keeps one Graph subscription per organizer: created when they first organize a series, renewed, recreated when lost.</summary>
/// <remarks>
/// A subscription is made off the request path (<see cref="RequestAsync"/> only queues it): Graph's validation round trip and
/// the first delta round must not slow the person scheduling. After creation the first delta round records where the
/// calendar stands, so a later <c>missed</c> or recreated subscription catches up from there (<see cref="CalendarCatchUp"/>).
/// </remarks>
public sealed class FollowOrganizer(IMailboxSubscriptions store, ICalendarSubscriptions graph, ICalendarWorkQueue queue, TimeProvider time)
{
    /// <summary>The work item that asks the worker to subscribe to an organizer.</summary>
    public const string FollowEvent = "follow";

    /// <summary>Queues a subscription for <paramref name="organizer"/> unless they have one (one point read).</summary>
    public async Task RequestAsync(TenantId tenant, PersonId organizer, CancellationToken cancellationToken = default)
    {
        if (!graph.Enabled || await store.FindAsync(tenant, organizer, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await queue.EnqueueAsync([new CalendarWork(tenant, organizer, "", null, "", time.GetUtcNow(), FollowEvent)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscribes to the organizer's events if nobody did yet, and records where their calendar stands.</summary>
    public async Task<Result<MailboxSubscription>> EnsureAsync(TenantId tenant, PersonId organizer, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(tenant, organizer, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        return await SubscribeAsync(tenant, organizer, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the expiry on by the full lifetime; a subscription Graph no longer has is made again.</summary>
    public async Task<Result<MailboxSubscription>> RenewAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var renewed = await graph.RenewAsync(subscription.Tenant, subscription.SubscriptionId, time.GetUtcNow() + MailboxSubscription.Lifetime, cancellationToken)
            .ConfigureAwait(false);
        if (renewed.IsSuccess)
        {
            var saved = subscription with { Expiry = renewed.Value };
            await store.SaveAsync(saved, cancellationToken).ConfigureAwait(false);
            return saved;
        }

        if (renewed.Errors[0].Kind != ErrorKind.NotFound)
        {
            return Result<MailboxSubscription>.Failure(renewed.Errors);
        }

        return await RecreateAsync(subscription, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the subscription of a person who organizes no series any more, at Graph (one already gone there is fine)
    /// and here. A series completed meanwhile finds no subscription and asks for one again (<see cref="RequestAsync"/>).</summary>
    public async Task<Result<Unit>> StopAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var deleted = await graph.DeleteAsync(subscription.Tenant, subscription.SubscriptionId, cancellationToken).ConfigureAwait(false);
        if (!deleted.IsSuccess && deleted.Errors[0].Kind != ErrorKind.NotFound)
        {
            return deleted;
        }

        await store.RemoveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>A new subscription in place of a removed one; the stored delta link is kept, so the catch-up reads the gap.</summary>
    public async Task<Result<MailboxSubscription>> RecreateAsync(MailboxSubscription lost, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lost);
        await store.RemoveAsync(lost, cancellationToken).ConfigureAwait(false);
        return await SubscribeAsync(lost.Tenant, lost.Organizer, lost.DeltaLink, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<MailboxSubscription>> SubscribeAsync(TenantId tenant, PersonId organizer, string? deltaLink, CancellationToken cancellationToken)
    {
        var created = await graph.CreateAsync(tenant, organizer, time.GetUtcNow() + MailboxSubscription.Lifetime, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return created;
        }

        var subscription = created.Value with { DeltaLink = deltaLink };
        if (deltaLink is null)
        {
            var (from, to) = CalendarCatchUp.Window(time.GetUtcNow());
            var baseline = await graph.ReadChangesAsync(tenant, organizer, null, from, to, cancellationToken).ConfigureAwait(false);
            subscription = baseline.IsSuccess ? subscription with { DeltaLink = baseline.Value.DeltaLink } : subscription;
        }

        await store.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return subscription;
    }
}
