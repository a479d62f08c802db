using Mentoring.Core.Circles;
using Mentoring.Core.Progress;
using Mentoring.Functions.Scheduling;

namespace Mentoring.Functions.Agendas;

/// <summary>A circle's progress (sessions held, next session, open commitments) and its members' figures, for the tabs' charts.</summary>
public sealed record ProgressResponse(string CircleId, string CircleName, CircleKind CircleKind, int SessionsHeld, SessionResponse? NextSession, int OpenCommitments, IReadOnlyList<MemberProgressResponse> Members)
{
    /// <summary>Held sessions whose Teams attendance report was read.</summary>
    public int SessionsWithTeamsReport { get; init; }

    public static ProgressResponse From(CircleProgress p) => new(
        p.CircleId.ToString(), p.Name, p.Kind, p.SessionsHeld, p.NextSession is null ? null : SessionResponse.From(p.NextSession), p.OpenCommitments,
        [.. p.Members.Select(m => new MemberProgressResponse(m.PersonId.ToString(), m.DisplayName, m.SessionsHeld, m.SessionsPrepared, m.CommitmentsMade, m.Kept, m.Dropped, m.Open, m.ByMonth)
        {
            AttendedPerTeams = m.AttendedPerTeams,
        })])
    {
        SessionsWithTeamsReport = p.SessionsWithTeamsReport,
    };
}
