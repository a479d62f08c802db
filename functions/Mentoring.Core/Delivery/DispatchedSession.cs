namespace Mentoring.Core.Delivery;

/// <summary>A session whose cards were sent to the queues at <paramref name="DispatchedAt"/>, watched by <see cref="SweepStrandedCards"/>.</summary>
public sealed record DispatchedSession(DueSession Session, DateTimeOffset DispatchedAt);
