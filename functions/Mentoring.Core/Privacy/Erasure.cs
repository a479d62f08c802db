using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>An erasure as its log keeps it: running (with the circles still to leave) or done.</summary>
/// <remarks>The log keys it by a hash of the person, never by their id, so a finished erasure leaves no id behind.</remarks>
/// <param name="Progress">Steps done of all steps, as the worker last recorded them.</param>
public sealed record Erasure(bool Done, IReadOnlyList<CircleId> Circles, DateTimeOffset StartedAt, DateTimeOffset? DoneAt, ErasureProgress Progress);
