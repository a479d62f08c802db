using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Requests;

/// <summary>A mentee's personal request to one mentor of their tenant, and the mentor's answer.</summary>
/// <remarks>Invariants: mentee and mentor differ and belong to <see cref="Tenant"/>; the message is 1–2,000 characters; a
/// request is answered at most once (<see cref="MentorRequestState.Pending"/> → accepted or declined); an accepted request
/// names the mentorship circle its acceptance creates (<see cref="Circle"/>, derived from <see cref="Id"/>, so a retry
/// finds the same circle).</remarks>
public sealed record MentorRequest(
    Guid Id,
    TenantId Tenant,
    PersonId Mentee,
    string MenteeName,
    PersonId Mentor,
    string MentorName,
    string Message,
    string Objective,
    MentorRequestState State,
    DateTimeOffset SentAt,
    string Answer = "",
    string MentorObjective = "",
    DateTimeOffset? AnsweredAt = null)
{
    public const int MaxMessageLength = 2_000;
    public const int MaxAnswerLength = 1_000;

    /// <summary>The circle an acceptance creates: always the same id for the same request.</summary>
    public CircleId Circle => CircleIds.FromIdempotencyKey(new Caller(Tenant, Mentor, ""), $"mentor-request:{Id:N}").Value;

    public bool Involves(PersonId person) => person == Mentee || person == Mentor;
}
