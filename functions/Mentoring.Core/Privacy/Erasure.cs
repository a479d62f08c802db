using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>An erasure as its log keeps it: running (with the circles still to leave) or done.</summary>
/// <remarks>The log keys it by a hash of the person, never by their id, so a finished erasure leaves no id behind.</remarks>
/// <param name="Progress">Steps done of all steps, as the worker last recorded them.</param>
/// <param name="Names">While running, the name and email to look for: read before any store erases the product's copy of
/// them, so a run resumed after the People row went still finds the mentions in others' texts. Dropped once done.</param>
public sealed record Erasure(bool Done, IReadOnlyList<CircleId> Circles, DateTimeOffset StartedAt, DateTimeOffset? DoneAt, ErasureProgress Progress)
{
    public IReadOnlyList<string> Names { get; init; } = [];
}
