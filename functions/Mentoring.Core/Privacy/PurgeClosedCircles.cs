using Mentoring.Core.Common;

namespace Mentoring.Core.Privacy;

/// <summary>Use case (daily timer): deletes closed circles past their retention and everything every store holds of them.</summary>
/// <remarks>
/// Exactly once: a purge claims each circle with a conditional write before touching it, so a second instance skips it; a
/// purge that crashed midway leaves its claim to expire after <see cref="Lease"/>, and the next run finishes the job (every
/// store's forgetting is idempotent). The circle row goes last, so nothing of it can be left unlisted. Each run first lets
/// the list sweep up closed circles it does not hold (closed before it existed), at most monthly.
/// <para>Each circle is purged on its own, as the scheduling timer visits circles: one that throws (a store that cannot forget
/// it, a bug) is reported with its ids and keeps its claim until the lease expires, and the others are still deleted. A sweep
/// that throws is reported too, and the circles already listed are purged all the same.</para>
/// </remarks>
public sealed class PurgeClosedCircles(
    IRetentionList list, IEnumerable<IPersonalDataStore> stores, RetentionSettings settings, ITimerFailureLog failures, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    private const string Timer = "RetentionTimer";

    /// <returns>How many circles this run deleted.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var purged = 0;
        await SweepAsync(now, cancellationToken).ConfigureAwait(false);
        await foreach (var circle in list.DueAsync(settings.Cutoff(now), now, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                purged += await PurgeAsync(circle, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The isolation boundary: one circle that cannot be forgotten never keeps the others past their retention.
                failures.ItemCrashed(Timer, circle.Tenant, circle.Id, e);
            }
        }

        return purged;
    }

    private async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            _ = await list.SweepAsync(now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failures.StepCrashed(Timer, "sweep", e);
        }
    }

    /// <returns>False when another instance holds the circle's claim.</returns>
    private async Task<bool> PurgeAsync(Circles.Circle circle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await list.ClaimAsync(circle, now, now + Lease, cancellationToken).ConfigureAwait(false) is not { } claimed)
        {
            return false;
        }

        foreach (var store in stores)
        {
            await store.ForgetCircleAsync(circle, cancellationToken).ConfigureAwait(false);
        }

        await list.DeleteAsync(claimed, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
