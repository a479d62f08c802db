using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>One row of the timer's work list: a circle, and when it was last listed.</summary>
public sealed record ScheduledCircle(TenantId Tenant, CircleId Circle, DateTimeOffset ListedAt);
