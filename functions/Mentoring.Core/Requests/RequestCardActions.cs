using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Core.Requests;

/// <summary>Use case: the mentor answers a request from its card in Teams; the answer is the card that replaces it.</summary>
/// <remarks>
/// The same use case as the tab (<see cref="AnswerMentorRequest"/>): same checks, same single write, same circle. A request
/// already answered (a second click, a replayed invoke, or an answer given in the tab meanwhile) writes nothing and answers
/// with a card saying so, showing what the request's state is now.
/// </remarks>
public sealed class RequestCardActions(AnswerMentorRequest answers, IMentorRequestStore requests)
{
    /// <param name="person">The mentor as the directory knows them (language), when it does.</param>
    public async Task<Result<MemberCard>> ExecuteAsync(Caller caller, Person? person, RequestCardInvoke invoke, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(invoke);
        var texts = RequestCardTexts.For(CardReader.IsEnglish(person?.Locale));
        var body = new AnswerBody(invoke.Word);
        var answered = invoke.Accepts
            ? await answers.AcceptAsync(caller, invoke.Request, body, cancellationToken).ConfigureAwait(false)
            : await answers.DeclineAsync(caller, invoke.Request, body, cancellationToken).ConfigureAwait(false);
        if (answered.IsSuccess)
        {
            return RequestCard.Answered(answered.Value, texts, already: false);
        }

        // The use case found the request and the caller its mentor before refusing a second answer: show where it stands.
        if (answered.Errors[0].Code == "request.alreadyAnswered"
            && await requests.FindAsync(caller.Tenant, invoke.Request, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return RequestCard.Answered(current.Value, texts, already: true);
        }

        return Result<MemberCard>.Failure(answered.Errors);
    }
}
