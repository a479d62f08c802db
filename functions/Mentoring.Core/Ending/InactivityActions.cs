using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Ending;

/// <summary>Use cases: a member reads their circle's inactivity flag and answers it for the circle: restart (three cadences
/// again), pause (the organizer's pause), or close (<see cref="CircleEnd"/>). The first answer decides; the choice is written
/// before the circle changes, so a failed pause or close is told and a failed close is finished by the timer.</summary>
public sealed class InactivityActions(ICircleStore circles, IRelationshipStore store, CircleEnd end, TimeProvider time)
{
    public async Task<Result<InactivityView>> ReadAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<InactivityView>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return InactivityView.Of(board.Inactivity?.Value);
    }

    public async Task<Result<InactivityView>> AnswerAsync(Caller caller, CircleId id, InactivityDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var circle = await Goals.GoalActions.OpenCircleAsync(circles, caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<InactivityView>.Failure(circle.Errors);
        }

        if (InactivityChoices.Parse(draft.Choice) is not { } choice)
        {
            return Error.Invalid("choice", "inactivity.choice.invalid");
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        if (board.Inactivity is not { } flag)
        {
            return new Error(ErrorKind.Conflict, "inactivity.notFlagged", "choice");
        }

        if (!flag.Value.IsOpen)
        {
            return new Error(ErrorKind.Conflict, "inactivity.alreadyAnswered", "choice");
        }

        var answered = flag.Value.Resolve(choice, time.GetUtcNow());
        var saved = await store.PutInactivityAsync(caller.Tenant, id, answered, flag.Version, cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return new Error(ErrorKind.Conflict, "inactivity.alreadyAnswered", "choice");
        }

        var changed = choice switch
        {
            InactivityChoice.Close => await end.CloseAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false),
            InactivityChoice.Pause => await end.PauseAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return changed is { IsSuccess: false } ? Result<InactivityView>.Failure(changed.Errors) : InactivityView.Of(answered);
    }
}

/// <summary>A member's answer to the inactivity flag as the tab sends it: <c>restart</c>, <c>pause</c> or <c>close</c>.</summary>
public sealed record InactivityDraft(string? Choice);
