using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.Relationship;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Ending;

/// <summary>The ending timer's use case: tells members an end question is open, and applies the inactivity rule
/// (<see cref="Inactivity"/>): flag, resolve, warn, close.</summary>
/// <remarks>
/// <para>Every run enqueues the cards of every open question and flag again: the outbox keeps one row per member and notice
/// (<see cref="EndingCardKeys"/>), so a notice goes once however many runs, retries or crashes; one whose message was lost is
/// sent by the next run. Which members get one is decided when the card leaves (<see cref="EndingCards"/>).</para>
/// <para>Questions: the circles with an agreement (only they have an agreed end). Inactivity: the circles with a series (the
/// scheduled list): a circle never scheduled has no session to miss. Flag steps are conditional writes (ETag): of a member's
/// answer and a timer step at once, one wins and the other sees the flag changed.</para>
/// </remarks>
public sealed class EndingNotices(
    IRelationshipStore store, IScheduledCircles scheduled, ICircleStore circles, ICircleBoardStore boards, IDeliveryQueue queue, CircleEnd end, TimeProvider time)
{
    public async Task<EndingRun> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (asked, failed) = (0, 0);
        await foreach (var (tenant, id) in store.ListAgreedCirclesAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                asked += await AskAsync(tenant, id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                failed++; // one circle's fault never stops the others: the next run asks again
            }
        }

        var steps = new Dictionary<InactivityStep, int>();
        await foreach (var listed in scheduled.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var step = await VisitAsync(listed.Tenant, listed.Circle, cancellationToken).ConfigureAwait(false);
                steps[step] = steps.GetValueOrDefault(step) + 1;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                failed++;
            }
        }

        return new EndingRun(asked, steps.GetValueOrDefault(InactivityStep.Raise), steps.GetValueOrDefault(InactivityStep.Resolve),
            steps.GetValueOrDefault(InactivityStep.Warn), steps.GetValueOrDefault(InactivityStep.Close), failed);
    }

    /// <summary>The question cards of the members who have not answered an open end round yet.</summary>
    private async Task<int> AskAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken)
    {
        if (await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false) is not { Value: { Status: CircleStatus.Active } circle })
        {
            return 0;
        }

        var board = await store.ReadAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        if (AgreementEnd.OpenRound(AgreementActions.ViewOf(circle, board, circle.Members[0].PersonId), time.GetUtcNow()) is not { } round)
        {
            return 0;
        }

        var cards = circle.Members.Where(m => !board.Endings.Any(a => a.Round == round && a.Person == m.PersonId))
            .Select(m => EndingCardKeys.QuestionTo(circle, m.PersonId, round)).ToArray();
        if (cards.Length > 0)
        {
            await queue.EnqueueCardsAsync(cards, cancellationToken).ConfigureAwait(false);
        }

        return cards.Length;
    }

    private async Task<InactivityStep> VisitAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken)
    {
        if (await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false) is not { Value: { Status: CircleStatus.Active } circle })
        {
            return InactivityStep.None;
        }

        var now = time.GetUtcNow();
        var relationship = await store.ReadAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        var flag = relationship.Inactivity;
        var step = Inactivity.Next(circle, await LastHeldAsync(circle, now, cancellationToken).ConfigureAwait(false), flag?.Value, now);
        var next = step switch
        {
            InactivityStep.Raise => InactivityFlag.Raise(now),
            InactivityStep.Resolve => flag!.Value.Resolve(InactivityChoice.Met, now),
            InactivityStep.Warn => flag!.Value with { WarnedAt = now },
            InactivityStep.Close when flag!.Value.IsOpen => flag.Value.Resolve(InactivityChoice.Close, now),
            _ => flag?.Value,
        };
        if (next != flag?.Value)
        {
            var saved = await store.PutInactivityAsync(tenant, id, next!, flag?.Version, cancellationToken).ConfigureAwait(false);
            if (!saved.IsSuccess)
            {
                return InactivityStep.None; // a member answered (or another run stepped) meanwhile: theirs stands
            }
        }

        if (step == InactivityStep.Close)
        {
            var closed = await end.CloseAsync(tenant, id, cancellationToken).ConfigureAwait(false);
            return closed.IsSuccess ? step : throw new InvalidOperationException($"Closing inactive circle {id} failed: {closed.Errors[0].Code}");
        }

        if (next is { IsOpen: true } open)
        {
            // Sent again at every run while open: the outbox sends each once.
            var warned = open.WarnedAt is not null;
            var cards = circle.Members.SelectMany(m => warned
                ? new[] { EndingCardKeys.FlagTo(circle, m.PersonId, open, false), EndingCardKeys.FlagTo(circle, m.PersonId, open, true) }
                : [EndingCardKeys.FlagTo(circle, m.PersonId, open, false)]).ToArray();
            await queue.EnqueueCardsAsync(cards, cancellationToken).ConfigureAwait(false);
        }

        return step;
    }

    /// <summary>Reads the circle's board as each member (each sees only their own follow-up answers): 2 to 5 reads of one partition.</summary>
    private async Task<DateTimeOffset?> LastHeldAsync(Circle circle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(circle.Members.Select(m => boards.ReadAsync(circle.Tenant, circle.Id, m.PersonId, cancellationToken))).ConfigureAwait(false);
        var found = read.OfType<CircleBoard>().ToArray();
        return found.Length == 0 ? null : Inactivity.LastHeld(
            found[0].Sessions, found[0].Attendance, found.SelectMany(b => b.FollowUps.Select(f => f.Value).Where(f => circle.HasMember(f.Member))), now);
    }
}
