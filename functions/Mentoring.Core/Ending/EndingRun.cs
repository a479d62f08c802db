namespace Mentoring.Core.Ending;

/// <summary>What one run of the ending timer did: end-question cards enqueued, flags raised, resolved by a session held,
/// warned, circles closed for want of an answer, circles whose visit failed (tried again at the next run).</summary>
public sealed record EndingRun(int Asked, int Flagged, int Resolved, int Warned, int Closed, int Failed);
