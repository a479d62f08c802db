using Mentoring.Core.People;

namespace Mentoring.Core.Progress;

/// <summary>One member's progress in one circle.</summary>
/// <param name="SessionsHeld">Sessions of the circle that took place since the member's circle started (attendance comes with follow-ups).</param>
/// <param name="SessionsPrepared">Held or coming sessions to whose agenda the member added at least one item.</param>
public sealed record MemberProgress(
    PersonId PersonId, string DisplayName, int SessionsHeld, int SessionsPrepared, int CommitmentsMade, int Kept, int Dropped, int Open, IReadOnlyList<ProgressMonth> ByMonth)
{
    /// <summary>Held sessions Teams' attendance report shows the member in (out of <see cref="CircleProgress.SessionsWithTeamsReport"/>).</summary>
    public int AttendedPerTeams { get; init; }
}
