namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The renewal timer's use case: every subscription that expires within <see cref="MailboxSubscription.RenewWithin"/> is renewed.</summary>
/// <remarks>One failure does not stop the others; a renewal that failed is tried again at the next run, well before expiry.</remarks>
public sealed class RenewSubscriptions(IMailboxSubscriptions store, FollowOrganizer follow, TimeProvider time)
{
    public async Task<(int Renewed, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (renewed, failed) = (0, 0);
        await foreach (var subscription in store.ExpiringAsync(time.GetUtcNow() + MailboxSubscription.RenewWithin, cancellationToken).ConfigureAwait(false))
        {
            var result = await follow.RenewAsync(subscription, cancellationToken).ConfigureAwait(false);
            (renewed, failed) = result.IsSuccess ? (renewed + 1, failed) : (renewed, failed + 1);
        }

        return (renewed, failed);
    }
}
