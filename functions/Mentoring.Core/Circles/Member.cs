using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>A person in a circle, with their role and what they expect from it (their objective).</summary>
/// <param name="JoinedAt">When a peer was added to a running circle; null for a founding member. Sessions that ended before
/// it were not theirs: no follow-up asks them about those.</param>
public sealed record Member(PersonId PersonId, MemberRole Role, string DisplayName, string Objective, DateTimeOffset? JoinedAt = null)
{
    /// <summary>Whether this member was in the circle when a session that ended at <paramref name="end"/> was held.</summary>
    public bool WasInSessionEndingAt(DateTimeOffset end) => JoinedAt is not { } joined || joined < end;
}
