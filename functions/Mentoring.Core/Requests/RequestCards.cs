using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>Builds a request's cards for the delivery, in the reader's language, from what is stored when the card leaves.</summary>
/// <remarks>Read when the card is sent, not when the request was: a request answered in the tab meanwhile sends nothing, and a
/// person who paused everything (<see cref="IPersonPause"/>) gets no card (the tab still lists the request).</remarks>
public sealed class RequestCards(IMentorRequestStore requests, IProfileStore profiles, PeopleLookup people, IPersonPause pauses) : IRequestCards
{
    public async Task<MemberCard?> CardAsync(CardDelivery card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Guid.TryParseExact(card.SessionId, "N", out var id)
            || await requests.FindAsync(card.Tenant, id, cancellationToken).ConfigureAwait(false) is not { } found
            || await pauses.IsPausedAsync(card.Tenant, card.Member, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var request = found.Value;
        var forMentor = card.Kind == CardKind.MentorRequest && card.Member == request.Mentor && request.State == MentorRequestState.Pending;
        var forMentee = card.Kind == CardKind.RequestAnswer && card.Member == request.Mentee && request.State != MentorRequestState.Pending;
        if (!forMentor && !forMentee)
        {
            return null;
        }

        var texts = await TextsForAsync(request, card.Member, cancellationToken).ConfigureAwait(false);
        if (forMentee)
        {
            return RequestCard.Decision(request, texts);
        }

        var mentee = await profiles.FindAsync(request.Tenant, request.Mentee, cancellationToken).ConfigureAwait(false);
        return RequestCard.ForMentor(request, mentee?.Value, texts);
    }

    /// <summary>The person's language from the directory; French when it cannot say (French first, and a card beats no card).</summary>
    private async Task<RequestCardTexts> TextsForAsync(MentorRequest request, PersonId person, CancellationToken cancellationToken)
    {
        var found = await people.FindAsync(request.Tenant, [person], cancellationToken).ConfigureAwait(false);
        return RequestCardTexts.For(CardReader.IsEnglish(found.IsSuccess ? found.Value.FirstOrDefault()?.Locale : null));
    }
}
