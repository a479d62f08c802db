using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Whether a person already has the product's app in Teams (installed by themselves or by their admin's setup policy).</summary>
/// <remarks>
/// Only asked, never acted on: the product installs the app for nobody who has not said yes, so an invitee without it is told
/// nothing outside the tab. A failure to tell counts as "no": the invitation then waits in the tab, which is always right.
/// </remarks>
public interface ITeamsAppPresence
{
    Task<bool> HasAppAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);
}
