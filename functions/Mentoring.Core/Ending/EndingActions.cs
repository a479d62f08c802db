using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Ending;

/// <summary>Use cases: two weeks before the agreed end, each member of the circle answers once: extend (by up to the agreed
/// duration, never past twelve months in all) or close. One "close" closes the circle (a mentorship cannot go on with one
/// person, as leaving it closes it); once every member asked to extend, the agreement is extended by the fewest months asked:
/// a new agreement version that everyone confirms again.</summary>
public sealed class EndingActions(ICircleStore circles, IRelationshipStore store, CircleEnd end, TimeProvider time)
{
    public async Task<Result<EndingQuestion>> ReadAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<EndingQuestion>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return QuestionOf(circle.Value.Value, board, caller.Id, null);
    }

    public async Task<Result<EndingQuestion>> AnswerAsync(Caller caller, CircleId id, EndingDraft draft, CancellationToken cancellationToken = default)
    {
        var circle = await Goals.GoalActions.OpenCircleAsync(circles, caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<EndingQuestion>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (AgreementEnd.OpenRound(AgreementActions.ViewOf(circle.Value, board, caller.Id), now) is not { } round)
        {
            return Error.Conflict("ending.notYet");
        }

        var choice = EndingDraft.Parse(draft.Choice);
        if (choice is null)
        {
            return Error.Invalid("choice", "ending.choice.invalid");
        }

        if (board.Endings.Any(a => a.Round == round && a.Person == caller.Id))
        {
            return new Error(ErrorKind.Conflict, "ending.alreadyAnswered", "choice");
        }

        var agreement = board.Agreement!;
        var extended = choice == EndingChoice.Extend ? ExtensionOf(agreement.Value, draft.Months, caller.Id, now) : null;
        if (extended is { IsSuccess: false })
        {
            return Result<EndingQuestion>.Failure(extended.Errors);
        }

        var answer = new EndingAnswer(caller.Id, round, choice.Value, extended is null ? 0 : draft.Months!.Value, now);
        var added = await store.AddEndingAsync(caller.Tenant, id, answer, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Result<EndingQuestion>.Failure(added.Errors);
        }

        var after = board with { Endings = [.. board.Endings, answer] };
        if (extended is null)
        {
            return await CloseAsync(circle.Value, after, caller.Id, answer, cancellationToken).ConfigureAwait(false);
        }

        var extensions = after.Endings.Where(a => a.Round == round && a.Choice == EndingChoice.Extend).ToArray();
        var everyone = circle.Value.Members.All(m => extensions.Any(a => a.Person == m.PersonId));
        return everyone
            ? await ExtendAsync(circle.Value, after, ExtensionOf(agreement.Value, extensions.Min(a => a.Months), caller.Id, now).Value, caller.Id, answer, cancellationToken).ConfigureAwait(false)
            : QuestionOf(circle.Value, after, caller.Id, answer);
    }

    private static Result<Agreement> ExtensionOf(Agreement agreement, int? months, PersonId by, DateTimeOffset now) =>
        AgreementEnd.CheckMonths(agreement, months) is { } refused ? refused : agreement.Extend(months, by, now);

    private async Task<Result<EndingQuestion>> ExtendAsync(
        Circle circle, RelationshipBoard board, Agreement extended, PersonId reader, EndingAnswer answer, CancellationToken cancellationToken)
    {
        var saved = await store.PutAgreementAsync(circle.Tenant, circle.Id, extended, board.Agreement!.Version, cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? QuestionOf(circle, board with { Agreement = saved.Value }, reader, answer) : Result<EndingQuestion>.Failure(saved.Errors);
    }

    private async Task<Result<EndingQuestion>> CloseAsync(Circle circle, RelationshipBoard board, PersonId reader, EndingAnswer answer, CancellationToken cancellationToken)
    {
        var closed = await end.CloseAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        return closed.IsSuccess ? QuestionOf(closed.Value.Circle, board, reader, answer) : Result<EndingQuestion>.Failure(closed.Errors);
    }

    private EndingQuestion QuestionOf(Circle circle, RelationshipBoard board, PersonId reader, EndingAnswer? given)
    {
        var view = AgreementActions.ViewOf(circle, board, reader);
        var round = given?.Round ?? AgreementEnd.OpenRound(view, time.GetUtcNow());
        var mine = given ?? board.Endings.FirstOrDefault(a => a.Round == round && a.Person == reader);
        var max = board.Agreement is { } a ? Math.Min(a.Value.DurationMonths, Agreement.MaxMonths - a.Value.TotalMonths) : 0;
        return new EndingQuestion(round, view.EndsAt, Math.Max(max, 0), mine, circle.Status == CircleStatus.Closed);
    }
}
