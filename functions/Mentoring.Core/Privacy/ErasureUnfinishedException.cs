namespace Mentoring.Core.Privacy;

/// <summary>A step of an erasure reached its bound (time or count) before it finished: the erasure stays running and its retry goes on.</summary>
/// <remarks>Not a bug and not a refusal: every step is idempotent, so the queued erasure's next attempt starts where this one stopped.</remarks>
public sealed class ErasureUnfinishedException(string message) : Exception(message);
