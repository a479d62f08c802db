using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Keeps one Graph subscription per organizer: created when they first organize a series, renewed, recreated when lost.</summary>
/// <remarks>
/// A subscription is made off the request path (<see cref="RequestAsync"/> only queues it): Graph's validation round trip and
/// the first delta round must not slow the person scheduling. After creation the first delta round records where the
/// calendar stands, so a later <c>missed</c> or recreated subscription catches up from there (<see cref="CalendarCatchUp"/>).
/// <para>Nobody's calendar is followed again by work that an erasure overtook: a follow asked before the person's erasure
/// ended, or written while it runs, is undone (the erasure deletes the rows it finds, but a worker holding a queued follow
/// would write them back after it). The check follows each write, so an erasure that starts in between deletes the rows itself.</para>
/// </remarks>
public sealed class FollowOrganizer(
    IMailboxSubscriptions store, ICalendarSubscriptions graph, ICalendarWorkQueue queue, Privacy.IErasureLog erasures, TimeProvider time)
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
    /// <param name="askedAt">When the follow was asked (the work item's time): an erasure that had not ended by then makes it void.</param>
    /// <returns>The subscription, or <c>NotFound</c> <see cref="CalendarCatchUp.NotFollowed"/> when an erasure overtook it (nothing to retry).</returns>
    public async Task<Result<MailboxSubscription>> EnsureAsync(TenantId tenant, PersonId organizer, DateTimeOffset askedAt, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(tenant, organizer, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        if (await ErasedSinceAsync(tenant, organizer, askedAt, cancellationToken).ConfigureAwait(false))
        {
            return Error.NotFound(CalendarCatchUp.NotFollowed);
        }

        return await SubscribeAsync(tenant, organizer, null, askedAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves the subscription, then undoes it (here and at Graph) if the organizer's erasure is running or ended after
    /// <paramref name="askedAt"/> (the log keeps when it ended, not when it began); <c>false</c> when undone.
    /// </summary>
    public async Task<bool> SaveUnlessErasedAsync(MailboxSubscription subscription, DateTimeOffset askedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await store.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        if (!await ErasedSinceAsync(subscription.Tenant, subscription.Organizer, askedAt, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        await store.RemoveAsync(subscription, cancellationToken).ConfigureAwait(false);
        await graph.DeleteAsync(subscription.Tenant, subscription.SubscriptionId, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<bool> ErasedSinceAsync(TenantId tenant, PersonId organizer, DateTimeOffset askedAt, CancellationToken cancellationToken) =>
        await erasures.FindAsync(tenant, organizer, cancellationToken).ConfigureAwait(false) is { } erasure && (!erasure.Done || erasure.DoneAt >= askedAt);

    /// <summary>Moves the expiry on by the full lifetime; a subscription Graph no longer has is made again.</summary>
    public async Task<Result<MailboxSubscription>> RenewAsync(MailboxSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var askedAt = time.GetUtcNow();
        var renewed = await graph.RenewAsync(subscription.Tenant, subscription.SubscriptionId, time.GetUtcNow() + MailboxSubscription.Lifetime, cancellationToken)
            .ConfigureAwait(false);
        if (renewed.IsSuccess)
        {
            var saved = subscription with { Expiry = renewed.Value };
            return await SaveUnlessErasedAsync(saved, askedAt, cancellationToken).ConfigureAwait(false) ? saved : Error.NotFound(CalendarCatchUp.NotFollowed);
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
        var askedAt = time.GetUtcNow();
        await store.RemoveAsync(lost, cancellationToken).ConfigureAwait(false);
        return await SubscribeAsync(lost.Tenant, lost.Organizer, lost.DeltaLink, askedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<MailboxSubscription>> SubscribeAsync(
        TenantId tenant, PersonId organizer, string? deltaLink, DateTimeOffset askedAt, CancellationToken cancellationToken)
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

        return await SaveUnlessErasedAsync(subscription, askedAt, cancellationToken).ConfigureAwait(false) ? subscription : Error.NotFound(CalendarCatchUp.NotFollowed);
    }
}
