namespace Mentoring.Core.Privacy;

/// <summary>Use case (daily timer): deletes closed circles past their retention and everything every store holds of them.</summary>
/// <remarks>
/// Exactly once: a purge claims each circle with a conditional write before touching it, so a second instance skips it; a
/// purge that crashed midway leaves its claim to expire after <see cref="Lease"/>, and the next run finishes the job (every
/// store's forgetting is idempotent). The circle row goes last, so nothing of it can be left unlisted. Each run first lets
/// the list sweep up closed circles it does not hold (closed before it existed), at most monthly.
/// </remarks>
public sealed class PurgeClosedCircles(IRetentionList list, IEnumerable<IPersonalDataStore> stores, RetentionSettings settings, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    /// <returns>How many circles this run deleted.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var purged = 0;
        _ = await list.SweepAsync(now, cancellationToken).ConfigureAwait(false);
        await foreach (var circle in list.DueAsync(settings.Cutoff(now), now, cancellationToken).ConfigureAwait(false))
        {
            if (await list.ClaimAsync(circle, now, now + Lease, cancellationToken).ConfigureAwait(false) is not { } claimed)
            {
                continue;
            }

            foreach (var store in stores)
            {
                await store.ForgetCircleAsync(circle, cancellationToken).ConfigureAwait(false);
            }

            await list.DeleteAsync(claimed, cancellationToken).ConfigureAwait(false);
            purged++;
        }

        return purged;
    }
}
