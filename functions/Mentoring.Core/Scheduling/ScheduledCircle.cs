using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>One row of the timer's work list: a circle, and when it was last listed.</summary>
public sealed record ScheduledCircle(TenantId Tenant, CircleId Circle, DateTimeOffset ListedAt)
{
    /// <summary>The work list's order: by tenant, then by circle, as their texts compare (Table Storage's key order).</summary>
    public static int Order(ScheduledCircle a, ScheduledCircle b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byTenant = string.CompareOrdinal(a.Tenant.ToString(), b.Tenant.ToString());
        return byTenant != 0 ? byTenant : string.CompareOrdinal(a.Circle.ToString(), b.Circle.ToString());
    }
}
