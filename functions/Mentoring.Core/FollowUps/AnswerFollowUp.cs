using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>Use cases: a member reads what a session's follow-up asks them, and answers it (from the card or the personal tab).</summary>
/// <remarks>
/// An answer and everything it changes are one write (<see cref="IFollowUpStore"/>), at the versions read: a concurrent change
/// to any of them makes the write fail and the answer is planned again on fresh data. An answer that carries the revision
/// it was given (every card does) is refused once the stored answer moved past it, unless it says exactly what is stored.
/// Goal placements ("where I stand", from the card) are checked before anything is written, and written after the answer
/// (one upsert per goal and month: a retried invoke writes the same placements again, harmlessly).
/// </remarks>
public sealed class AnswerFollowUp(ICircleBoardStore store, IFollowUpStore followUps, IGoalStore goals, AgendaPublishing publishing, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Result<FollowUpQuestions>> QuestionsAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (!board.IsSuccess)
        {
            return Result<FollowUpQuestions>.Failure(board.Errors);
        }

        var questions = FollowUpQuestions.For(board.Value, sessionId, caller.Id, now);
        if (!questions.IsSuccess)
        {
            return questions;
        }

        var goalBoard = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        return questions.Value.WithGoals(goalBoard, PlaceGoals.MonthOf(board.Value.Circle.Value, now));
    }

    /// <param name="english">The member reads English: what the answer writes for others (the thanks' wording) is in it.</param>
    public async Task<Result<FollowUpQuestions>> ExecuteAsync(Caller caller, CircleId id, string sessionId, FollowUpDraft draft, bool english, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
            if (!board.IsSuccess)
            {
                return Result<FollowUpQuestions>.Failure(board.Errors);
            }

            if (board.Value.Circle.Value.Status == CircleStatus.Closed)
            {
                return Error.Conflict("circle.closed");
            }

            var now = time.GetUtcNow();
            var questions = FollowUpQuestions.For(board.Value, sessionId, caller.Id, now);
            var answer = questions.IsSuccess ? FollowUpAnswers.Validate(questions.Value, draft, now) : Result<FollowUp>.Failure(questions.Errors);
            if (!answer.IsSuccess)
            {
                return Result<FollowUpQuestions>.Failure(answer.Errors);
            }

            var placements = await PlacementsAsync(caller, board.Value.Circle.Value, draft, now, cancellationToken).ConfigureAwait(false);
            if (!placements.IsSuccess)
            {
                return Result<FollowUpQuestions>.Failure(placements.Errors);
            }

            var stored = questions.Value.Answer?.Value;
            if (stored is not null && stored.SaysTheSameAs(answer.Value))
            {
                // The same answer again (a double click, a retried invoke): nothing to write but the month's placements, if given.
                await PlaceAsync(caller, id, placements.Value, cancellationToken).ConfigureAwait(false);
                return await QuestionsAsync(caller, id, sessionId, cancellationToken).ConfigureAwait(false);
            }

            if (draft.Revision is { } shown && shown != questions.Value.Revision)
            {
                return Error.Conflict("followUp.stale");
            }

            var plan = FollowUpEffects.Plan(board.Value, questions.Value, answer.Value, english, now);
            if (!plan.IsSuccess)
            {
                return Result<FollowUpQuestions>.Failure(plan.Errors);
            }

            var saved = await followUps.SaveAsync(caller.Tenant, id, plan.Value, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                await PlaceAsync(caller, id, placements.Value, cancellationToken).ConfigureAwait(false);
                await publishing.MarkAsync(board.Value, FollowUpEffects.NextOpen(board.Value, questions.Value.Session, now), cancellationToken).ConfigureAwait(false);
                return await QuestionsAsync(caller, id, sessionId, cancellationToken).ConfigureAwait(false);
            }

            if (attempt == Attempts)
            {
                return Result<FollowUpQuestions>.Failure(saved.Errors);
            }
        }
    }

    /// <summary>The draft's goal answers checked against the member's goals; no goal answered reads nothing.</summary>
    private async Task<Result<IReadOnlyList<GoalPlacement>>> PlacementsAsync(
        Caller caller, Circle circle, FollowUpDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (draft.Goals is null || draft.Goals.Values.All(string.IsNullOrWhiteSpace))
        {
            return Array.Empty<GoalPlacement>();
        }

        var goalBoard = await goals.ReadAsync(caller.Tenant, circle.Id, caller.Id, cancellationToken).ConfigureAwait(false);
        return FollowUpGoals.Check(caller.Id, goalBoard, draft.Goals, PlaceGoals.MonthOf(circle, now), now);
    }

    /// <summary>Writes the placements; none given writes nothing (a table transaction must hold at least one action).</summary>
    private async Task PlaceAsync(Caller caller, CircleId id, IReadOnlyList<GoalPlacement> placements, CancellationToken cancellationToken)
    {
        if (placements.Count == 0)
        {
            return;
        }

        await goals.PutPlacementsAsync(caller.Tenant, id, placements, cancellationToken).ConfigureAwait(false);
    }
}
