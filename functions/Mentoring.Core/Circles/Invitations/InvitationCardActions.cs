using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Use case: an invitee answers an invitation from its card in Teams; the answer is the card that replaces it.</summary>
/// <remarks>
/// The same use case as the tab (<see cref="AnswerInvitation"/>): same check (only the invitee of a pending invitation), same write,
/// same calendar path. An invitation no longer open (answered in the tab, withdrawn, the circle closed, a second click) writes
/// nothing and answers with a card saying so, which names nothing of the circle.
/// </remarks>
public sealed class InvitationCardActions(AnswerInvitation answers, ICircleStore circles)
{
    public async Task<Result<MemberCard>> ExecuteAsync(Caller caller, Person? person, string verb, JsonObject? data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var texts = InvitationCardTexts.For(CardReader.IsEnglish(person?.Locale));
        if (!CardVerbs.Invitations.Contains(verb))
        {
            return Error.Invalid("verb", "bot.verb.unknown", new Dictionary<string, object> { ["verbs"] = string.Join(", ", CardVerbs.All) });
        }

        if (!CircleId.TryParse(data?[CardVerbs.Circle] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null, out var id))
        {
            return Error.Invalid(CardVerbs.Circle, "id.invalid");
        }

        var accepts = verb == CardVerbs.AcceptInvitation;
        var answered = accepts
            ? (await answers.AcceptAsync(caller, id, cancellationToken).ConfigureAwait(false)).Errors
            : (await answers.DeclineAsync(caller, id, cancellationToken).ConfigureAwait(false)).Errors;
        if (answered.Count > 0)
        {
            return answered[0].Code == "invitation.notFound" ? InvitationCard.NoLongerOpen(texts) : Result<MemberCard>.Failure(answered);
        }

        var circle = await circles.FindAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return InvitationCard.Answered(circle?.Value.Name ?? "", accepts, texts);
    }
}
