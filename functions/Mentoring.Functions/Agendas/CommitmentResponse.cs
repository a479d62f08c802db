using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Functions.Agendas;

/// <summary>A commitment as the API returns it; <c>dueDate</c> is a local date in the circle's time zone.</summary>
public sealed record CommitmentResponse(
    string Id, string SessionId, string AuthorId, string AuthorName, string Text, DateOnly? DueDate, CommitmentState State, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, bool Mine, string Version, string? GoalId = null)
{
    public static CommitmentResponse From(Versioned<Commitment> v, Circle? circle, PersonId reader) => new(
        v.Value.Id.ToString(), v.Value.SessionId, v.Value.Author.ToString(), circle is null ? "" : AgendaItemResponse.NameOf(circle, v.Value.Author), v.Value.Text,
        v.Value.DueDate, v.Value.State, v.Value.Reason.Length == 0 ? null : v.Value.Reason, v.Value.CreatedAt.ToUniversalTime(), v.Value.ClosedAt?.ToUniversalTime(),
        v.Value.Author == reader, v.Version, v.Value.GoalId?.ToString());
}
