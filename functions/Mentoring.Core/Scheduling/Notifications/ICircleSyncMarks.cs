using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Per listed circle, the last sync a notification started: when it started and the event version it was for.</summary>
/// <param name="StartedAt">When the last sync began reading the calendar; null if none yet.</param>
/// <param name="Version">The stored row's version (ETag), for a claim that must not overwrite another's.</param>
public sealed record CircleSyncMark(DateTimeOffset? StartedAt, string ChangeKey, string Version);

/// <summary>The marks that make a storm of notifications for one circle one sync.</summary>
public interface ICircleSyncMarks
{
    /// <summary>The circle's mark; null when the circle is not listed for syncing at all.</summary>
    Task<CircleSyncMark?> FindAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Records a sync starting now, unless the mark changed since <paramref name="seen"/>; the new mark, or null if another won.</summary>
    Task<CircleSyncMark?> ClaimAsync(TenantId tenant, CircleId circle, CircleSyncMark seen, DateTimeOffset startedAt, string changeKey, CancellationToken cancellationToken = default);

    /// <summary>Puts <paramref name="previous"/> back after a sync that failed, if <paramref name="claimed"/> is still the mark.</summary>
    Task RestoreAsync(TenantId tenant, CircleId circle, CircleSyncMark claimed, CircleSyncMark previous, CancellationToken cancellationToken = default);
}
