namespace Mentoring.M365Emulator;

/// <summary>How the emulator misbehaves on /v1.0; the default misbehaves only as the real service does.</summary>
/// <param name="FailureRate">Probability (0..1) that a request is rejected with one of <paramref name="Statuses"/>.</param>
/// <param name="Statuses">Statuses to pick from when a request fails (429 and 503 are the ones Graph sends).</param>
/// <param name="RetryAfterSeconds">Value of the Retry-After header on injected failures.</param>
/// <param name="LatencyMs">Delay added to every request before it is handled.</param>
/// <param name="Seed">Seed of the random generator, so a failing run can be replayed.</param>
/// <param name="EnforceMailboxConcurrency">
/// Reject an app's 5th concurrent Outlook request, whichever mailboxes the 5 target, as Outlook does (429 "Application is over its
/// MailboxConcurrency limit."; see <see cref="FaultInjector"/>).
/// </param>
/// <param name="LostResponseRate">
/// Probability (0..1) that a write (POST, PATCH, PUT, DELETE) not rejected above is carried out and its answer then lost, in one
/// of the ways in <paramref name="LostResponses"/>: the caller cannot tell whether it happened.
/// </param>
/// <param name="LostResponses">How answers are lost; both kinds when empty.</param>
/// <param name="LatencyJitterMs">
/// Up to this much more delay, drawn per request: concurrent requests then reach the service in an order of their own, as
/// over a real network (requests to Graph from several instances are not answered in the order they were sent).
/// </param>
public sealed record FaultSettings(
    double FailureRate = 0,
    IReadOnlyList<int>? Statuses = null,
    int RetryAfterSeconds = 1,
    int LatencyMs = 0,
    int Seed = 42,
    bool EnforceMailboxConcurrency = true,
    double LostResponseRate = 0,
    IReadOnlyList<LostResponse>? LostResponses = null,
    int LatencyJitterMs = 0)
{
    public static FaultSettings None { get; } = new();
}
