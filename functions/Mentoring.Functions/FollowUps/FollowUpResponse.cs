using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.FollowUps;

namespace Mentoring.Functions.FollowUps;

/// <summary>A session's follow-up for me: what it asks (my due commitments, the peers I may thank) and what I answered.</summary>
public sealed record FollowUpResponse(
    string CircleId, string CircleName, CircleKind CircleKind, string SessionId, DateTimeOffset Start, DateTimeOffset End, int Revision,
    IReadOnlyList<FollowUpCommitmentResponse> Commitments, IReadOnlyList<FollowUpPeerResponse> Peers, FollowUpAnswerResponse? Answer)
{
    /// <summary>What Teams' attendance report says of the reader (pre-fills "attended" before they answer); null without a report.</summary>
    public bool? AttendedPerTeams { get; init; }

    /// <summary>"teams", "noReport" (the meeting was not started in Teams), or null when it was not read.</summary>
    public string? AttendanceSource { get; init; }

    public static FollowUpResponse From(FollowUpQuestions q) => new(
        q.Circle.Id.ToString(), q.Circle.Name, q.Circle.Kind, q.Session.Id, q.Session.Start.ToUniversalTime(), q.Session.End.ToUniversalTime(), q.Revision,
        [.. q.Commitments.Select(c => new FollowUpCommitmentResponse(c.Value.Id.ToString(), c.Value.Text, c.Value.State))],
        [.. q.Peers.Select(p => new FollowUpPeerResponse(p.PersonId.ToString(), p.DisplayName))],
        q.Answer is { } a ? FollowUpAnswerResponse.From(a.Value) : null)
    {
        AttendedPerTeams = q.AttendedPerTeams,
        AttendanceSource = q.Attendance?.Source switch
        {
            Core.Attendance.AttendanceSource.Teams => "teams",
            Core.Attendance.AttendanceSource.NoReport => "noReport",
            _ => null,
        },
    };
}

/// <summary>One of my commitments the follow-up reviews, with its state now.</summary>
public sealed record FollowUpCommitmentResponse(string Id, string Text, CommitmentState State);

/// <summary>A member I may thank.</summary>
public sealed record FollowUpPeerResponse(string PersonId, string DisplayName);

/// <summary>What I answered; <c>commitments</c> maps each reviewed commitment to done, notYet or dropped.</summary>
public sealed record FollowUpAnswerResponse(
    bool Attended, IReadOnlyDictionary<string, ReviewState> Commitments, IReadOnlyList<string> NewCommitments, string Blocker, int? Usefulness,
    IReadOnlyList<string> HelpedBy, DateTimeOffset AnsweredAt)
{
    public static FollowUpAnswerResponse From(FollowUp f) => new(
        f.Attended, f.Reviews.ToDictionary(r => r.CommitmentId.ToString(), r => r.State), f.NewCommitments, f.Blocker, f.Usefulness,
        [.. f.HelpedBy.Select(h => h.ToString())], f.AnsweredAt.ToUniversalTime());
}
