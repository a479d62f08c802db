using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Progress;

/// <summary>A circle's progress: sessions held, the next one, commitments still open, and each member's figures.</summary>
public sealed record CircleProgress(CircleId CircleId, string Name, CircleKind Kind, int SessionsHeld, Session? NextSession, int OpenCommitments, IReadOnlyList<MemberProgress> Members)
{
    /// <summary>Held sessions whose Teams attendance report was read (the others: the meeting was not started in Teams, or not read yet).</summary>
    public int SessionsWithTeamsReport { get; init; }
}
