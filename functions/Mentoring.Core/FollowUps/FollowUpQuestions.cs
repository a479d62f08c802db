using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.FollowUps;

/// <summary>What a session's follow-up asks one member, and what they answered so far: the card and the tab's form show this.</summary>
/// <param name="Commitments">The member's own commitments that were due at the session and are still open, or were closed by
/// this follow-up (a new answer may change its own closing); oldest first, at most <see cref="MaxReviewed"/>.</param>
/// <param name="Peers">The other members, who may be thanked: in a peer group only, empty in a mentorship.</param>
/// <param name="Answer">The stored answer with its version, or null before the first.</param>
public sealed record FollowUpQuestions(
    Circle Circle, Session Session, PersonId Member, IReadOnlyList<Versioned<Commitment>> Commitments, IReadOnlyList<Member> Peers, Versioned<FollowUp>? Answer)
{
    /// <summary>A card lists this many commitments at most (it stays under Teams' size limit); the others stay open and due.</summary>
    public const int MaxReviewed = 20;

    /// <summary>The session's Teams attendance when it was read (pre-fills "attended"); null before it was.</summary>
    public SessionAttendance? Attendance { get; init; }

    /// <summary>The member's goals to place this month (<see cref="FollowUpGoals.ToPlace"/>); empty when none is asked.</summary>
    public IReadOnlyList<Goals.Goal> GoalsToPlace { get; init; } = [];

    /// <summary>The levels already given this month, by goal id (shown selected).</summary>
    public IReadOnlyDictionary<Guid, int> GoalLevels { get; init; } = new Dictionary<Guid, int>();

    /// <summary>These questions with the member's goals, read from <paramref name="goals"/> for <paramref name="month"/>.</summary>
    public FollowUpQuestions WithGoals(Goals.GoalBoard goals, string month) =>
        this with { GoalsToPlace = FollowUpGoals.ToPlace(goals, Member, month), GoalLevels = FollowUpGoals.LevelsIn(goals, Member, month) };

    /// <summary>"attended" before the member answers: what Teams' report says, or nothing when there is no report.</summary>
    public bool? AttendedPerTeams => Attendance?.HasAttended(Member);

    /// <summary>The revision a card or form shows: 0 before any answer.</summary>
    public int Revision => Answer?.Value.Revision ?? 0;

    /// <summary>The questions for <paramref name="member"/> (a member of the board's circle) about a session that has ended.</summary>
    public static Result<FollowUpQuestions> For(CircleBoard board, string sessionId, PersonId member, DateTimeOffset now)
    {
        var session = board.Session(sessionId);
        if (session is null)
        {
            return Error.NotFound("session.notFound");
        }

        if (session.State == SessionState.Cancelled)
        {
            return Error.Conflict("session.cancelled");
        }

        if (session.End > now)
        {
            return Error.Conflict("followUp.sessionNotEnded");
        }

        // A peer added later was not at the sessions held before: asking them would be noise, and their answer would be made up.
        if (board.Circle.Value.Members.FirstOrDefault(m => m.PersonId == member) is { } joiner && !joiner.WasInSessionEndingAt(session.End))
        {
            return Error.Conflict("followUp.beforeJoining");
        }

        var answer = board.FollowUps.FirstOrDefault(f => f.Value.Member == member && f.Value.SessionId == sessionId);
        var closedByAnswer = answer?.Value.Reviews.Where(r => r.State != ReviewState.NotYet).ToDictionary(r => r.CommitmentId, r => r.State) ?? [];
        var due = SessionAgendas.Compose(board, session, member, now).Due
            .Where(c => c.Value.Author == member
                && (c.Value.State == CommitmentState.Open || (closedByAnswer.TryGetValue(c.Value.Id, out var said) && FollowUpAnswers.StateOf(said) == c.Value.State)))
            .Take(MaxReviewed)
            .ToArray();
        var circle = board.Circle.Value;
        var peers = circle.Kind == CircleKind.PeerGroup ? circle.Members.Where(m => m.PersonId != member).ToArray() : [];
        return new FollowUpQuestions(circle, session, member, due, peers, answer)
        {
            Attendance = board.Attendance.FirstOrDefault(a => a.SessionId == sessionId),
        };
    }
}
