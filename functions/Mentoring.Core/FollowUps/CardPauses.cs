using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>Use case: a member pauses (or resumes) the circle's cards in Teams, for themselves only.</summary>
public sealed class CardPauses(ICircleStore circles, ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<CardPreference>> SetAsync(Caller caller, CircleId id, PersonId member, bool? paused, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<CardPreference>.Failure(circle.Errors);
        }

        if (member != caller.Id)
        {
            return circle.Value.Value.HasMember(member) ? Error.Forbidden("followUp.cards.selfOnly") : Error.NotFound("member.notFound");
        }

        if (paused is null)
        {
            return Error.Invalid("cardsPaused", "required");
        }

        var saved = await store.PutAsync(caller.Tenant, id, new CardPreference(member, paused.Value, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return saved.Value;
    }
}
