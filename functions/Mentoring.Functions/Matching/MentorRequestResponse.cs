using Mentoring.Core.People;
using Mentoring.Core.Requests;

namespace Mentoring.Functions.Matching;

/// <summary>A request as one of its two people sees it: sent (I am the mentee) or received (I am the mentor).</summary>
public sealed record MentorRequestResponse(
    Guid Id, string Direction, Guid MenteeId, string MenteeName, Guid MentorId, string MentorName, string Message, string Objective,
    MentorRequestState State, DateTimeOffset SentAt, string? Answer, DateTimeOffset? AnsweredAt, Guid? CircleId)
{
    public static MentorRequestResponse From(MentorRequest r, PersonId viewer) => new(
        r.Id, r.Mentee == viewer ? "sent" : "received", r.Mentee.Value, r.MenteeName, r.Mentor.Value, r.MentorName, r.Message, r.Objective,
        r.State, r.SentAt, r.State == MentorRequestState.Pending ? null : r.Answer, r.AnsweredAt,
        r.State == MentorRequestState.Accepted ? r.Circle.Value : null);
}
