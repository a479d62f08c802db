using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Whether a person still organizes a series the product keeps in step: what decides that their subscription stays.</summary>
/// <remarks>Reads the person's own circle index (one partition) and then their open circles one by one until one has a live
/// schedule they organize: a few point reads for a person, never the tenant.</remarks>
public sealed class OrganizerCircles(ICircleStore circles)
{
    public async Task<bool> OrganizesAnyAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        foreach (var summary in await circles.ListForMemberAsync(tenant, person, cancellationToken).ConfigureAwait(false))
        {
            if (summary.Status == CircleStatus.Closed)
            {
                continue;
            }

            var circle = await circles.FindAsync(tenant, summary.Id, cancellationToken).ConfigureAwait(false);
            if (circle?.Value.Schedule is { IsLive: true } schedule && schedule.Organizer == person)
            {
                return true;
            }
        }

        return false;
    }
}
