using Mentoring.Core.Agendas;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Commitments;

/// <summary>An action a member commits to at a session, reviewed at every following session until they close it.</summary>
/// <param name="SessionId">The session it was made at; it is "due" in every later session while open.</param>
/// <param name="DueDate">A local date in the circle's zone; by default the date of the next session.</param>
/// <param name="Reason">Optional word on why it was dropped (or how it was kept); empty when none.</param>
/// <param name="GoalId">The author's goal it moves forward, if they named one (only their own: see <see cref="CommitmentActions"/>).</param>
/// <remarks>
/// Invariants: the text is 1 to <see cref="MaxTextLength"/> characters (<see cref="AgendaText"/>); the due date is never
/// before the day it was made (in the circle's zone); only the author closes it; a closed commitment is never reopened.
/// </remarks>
public sealed record Commitment(
    Guid Id, string SessionId, PersonId Author, string Text, DateOnly? DueDate, CommitmentState State, string Reason, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt,
    Guid? GoalId = null) : ICircleEntry
{
    public const int MaxTextLength = 2_000;
    public const int MaxReasonLength = 500;

    public string Key => Id.ToString("N");

    /// <param name="today">Today in the circle's zone.</param>
    /// <param name="nextSessionDate">The local date of the session after the one it is made at, if any: the default due date.</param>
    public static Result<Commitment> Create(Guid id, string sessionId, PersonId author, string? text, DateOnly? dueDate, DateOnly today, DateOnly? nextSessionDate, DateTimeOffset now,
        Guid? goalId = null)
    {
        var v = new Validation();
        var checkedText = AgendaText.Required("text", text, MaxTextLength);
        v.AddRange(checkedText.Errors);
        if (dueDate < today)
        {
            v.Add(Error.Invalid("dueDate", "commitment.dueDate.past"));
        }

        return v.ToResult(() => new Commitment(id, sessionId, author, checkedText.Value, dueDate ?? nextSessionDate, CommitmentState.Open, "", now, null, goalId));
    }

    /// <summary>The author marks it done or dropped; asking again for the same state changes nothing.</summary>
    public Result<Commitment> Close(PersonId by, CommitmentState target, string? reason, DateTimeOffset now)
    {
        if (by != Author)
        {
            return Error.Forbidden("commitment.notAuthor");
        }

        if (target == CommitmentState.Open)
        {
            return Error.Invalid("state", "commitment.state.invalid");
        }

        var checkedReason = AgendaText.Optional("reason", reason, MaxReasonLength);
        if (!checkedReason.IsSuccess)
        {
            return Result<Commitment>.Failure(checkedReason.Errors);
        }

        return State switch
        {
            CommitmentState.Open => this with { State = target, Reason = checkedReason.Value, ClosedAt = now },
            var same when same == target => this,
            _ => Error.Conflict("commitment.closed"),
        };
    }

    /// <summary>Whether it is reviewed at a session: one after the session it was made at.</summary>
    /// <param name="madeAt">The start of the session it was made at.</param>
    /// <param name="previousEnd">The end of the session before the reviewing one: a commitment closed since then is shown closed.</param>
    /// <remarks>Open, it is due at every later session; closed, it shows once more, at the session following its closing.</remarks>
    public bool IsDueAt(DateTimeOffset madeAt, DateTimeOffset sessionStart, DateTimeOffset previousEnd) =>
        madeAt < sessionStart && (State == CommitmentState.Open || ClosedAt > previousEnd);
}
