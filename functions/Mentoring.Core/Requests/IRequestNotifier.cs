namespace Mentoring.Core.Requests;

/// <summary>Tells people about requests outside the tab: the bot's card to the mentor, then the decision to the mentee.</summary>
/// <remarks>Called after the write, once per request stored and again by a retry with the same Idempotency-Key that found it
/// pending, and once per answer (again when an accept finishes a circle a crash left missing): implementations must be
/// idempotent (<see cref="RequestCardNotifier"/> is: one outbox row per request and person). A failure here fails the HTTP
/// call after the request was stored; the client's retry with the same key notifies again, and the tab lists every request.</remarks>
public interface IRequestNotifier
{
    Task RequestSentAsync(MentorRequest request, CancellationToken cancellationToken = default);

    Task RequestAnsweredAsync(MentorRequest request, CancellationToken cancellationToken = default);
}
