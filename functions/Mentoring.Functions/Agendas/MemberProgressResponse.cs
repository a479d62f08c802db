using Mentoring.Core.Progress;

namespace Mentoring.Functions.Agendas;

/// <summary>One member's figures in a circle; <c>byMonth</c> counts commitments made, kept and dropped per month (circle's zone).</summary>
public sealed record MemberProgressResponse(
    string PersonId, string DisplayName, int SessionsHeld, int SessionsPrepared, int CommitmentsMade, int Kept, int Dropped, int Open, IReadOnlyList<ProgressMonth> ByMonth)
{
    /// <summary>Held sessions Teams' attendance report shows the member in.</summary>
    public int AttendedPerTeams { get; init; }
}
