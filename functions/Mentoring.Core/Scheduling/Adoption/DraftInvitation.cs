using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>Use case: a member gets the circle's invitation text (fr then en, the Teams tab link, the agenda's marked place) to fill an appointment with.</summary>
/// <remarks>The body keeps the agenda markers of <see cref="Invitation"/>, so agenda updates reach an adopted series as they reach a created one.</remarks>
public sealed class DraftInvitation(ICircleStore circles, SchedulingSettings settings, Teams.ITeamsAppLinks links)
{
    public async Task<Result<InvitationText>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<InvitationText>.Failure(found.Errors);
        }

        var tab = await links.ForTenantAsync(caller.Tenant, settings.TabLink, cancellationToken).ConfigureAwait(false);
        return new InvitationText(Invitation.Subject(found.Value.Value), Invitation.BodyHtml(found.Value.Value, tab));
    }
}
