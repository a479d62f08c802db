using Mentoring.Core.Circles;

namespace Mentoring.Core.Cohorts;

/// <summary>What a coordinator sees of a circle: activity only — sessions and commitment counts, never what anyone wrote.</summary>
/// <param name="StoppedMeeting">No session held for twice the cadence's period (counted from the creation when none was held yet).</param>
/// <param name="CommitmentsMostlyDropped">At least two commitments made and more than half of them dropped.</param>
/// <param name="CommitmentsMade">Null (shown as "fewer than 5") when the circle has fewer than <see cref="CohortFigures.MinPeople"/>
/// members: counts of so few people's commitments say too much about each one. The same for done and dropped.</param>
public sealed record CircleActivity(
    CircleId CircleId, CircleKind Kind, string Name, CircleStatus Status, IReadOnlyList<string> Members, int SessionsHeld,
    DateTimeOffset? LastSession, int? CommitmentsMade, int? CommitmentsDone, int? CommitmentsDropped, bool StoppedMeeting, bool CommitmentsMostlyDropped)
{
    /// <summary>Held sessions whose Teams attendance report was read.</summary>
    public int SessionsWithTeamsReport { get; init; }

    /// <summary>Presences Teams reported over those sessions (one per member per session), a count only; null for fewer than 5 members.</summary>
    public int? AttendancesPerTeams { get; init; }
}
