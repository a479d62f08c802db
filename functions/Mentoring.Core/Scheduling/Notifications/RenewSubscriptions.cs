namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The renewal timer's use case: every subscription that expires within <see cref="MailboxSubscription.RenewWithin"/> is
/// renewed, or removed when its person organizes no series any more.</summary>
/// <remarks>One failure does not stop the others; a renewal that failed is tried again at the next run, well before expiry.
/// Whether the person still organizes is asked here, when the subscription would otherwise be renewed, rather than on every
/// path that ends a series (closing, a series deleted in Outlook, a member leaving, an erasure): it costs the person's own
/// circles once a week, and a subscription kept a few days too long only brings notifications that map to no circle.</remarks>
public sealed class RenewSubscriptions(IMailboxSubscriptions store, FollowOrganizer follow, OrganizerCircles organizers, TimeProvider time)
{
    public async Task<(int Renewed, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (renewed, failed) = (0, 0);
        await foreach (var subscription in store.ExpiringAsync(time.GetUtcNow() + MailboxSubscription.RenewWithin, cancellationToken).ConfigureAwait(false))
        {
            if (!await organizers.OrganizesAnyAsync(subscription.Tenant, subscription.Organizer, cancellationToken).ConfigureAwait(false))
            {
                await follow.StopAsync(subscription, cancellationToken).ConfigureAwait(false);

                // A series completed between the question and the removal found the subscription still there and asked for none.
                if (await organizers.OrganizesAnyAsync(subscription.Tenant, subscription.Organizer, cancellationToken).ConfigureAwait(false))
                {
                    await follow.EnsureAsync(subscription.Tenant, subscription.Organizer, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var result = await follow.RenewAsync(subscription, cancellationToken).ConfigureAwait(false);
            (renewed, failed) = result.IsSuccess ? (renewed + 1, failed) : (renewed, failed + 1);
        }

        return (renewed, failed);
    }
}
