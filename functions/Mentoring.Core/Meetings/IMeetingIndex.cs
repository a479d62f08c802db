using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Meetings;

/// <summary>Finds a circle from what a Teams meeting knows of itself: its chat thread id or its join URL.</summary>
public interface IMeetingIndex
{
    /// <summary>Records the series' chat thread id and join URL for the circle; safe to repeat.</summary>
    Task IndexAsync(TenantId tenant, CircleId circle, MeetingSeries series, CancellationToken cancellationToken = default);

    Task<CircleId?> FindByChatThreadAsync(TenantId tenant, string chatThreadId, CancellationToken cancellationToken = default);

    Task<CircleId?> FindByJoinUrlAsync(TenantId tenant, string joinUrl, CancellationToken cancellationToken = default);
}
