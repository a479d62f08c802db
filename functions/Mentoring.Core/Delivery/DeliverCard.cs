using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Requests;

namespace Mentoring.Core.Delivery;

/// <summary>Use case of the card queue: delivers one card to one member, at most once, whatever happens around it.</summary>
/// <remarks>
/// <para>The outbox row is a state machine changed only by conditional writes (ETag), so of two workers holding the same
/// message only one moves it. Pending → Claimed (a lease) → Sending → Sent, with Skipped, Unreachable, Failed and Unknown as
/// the other final states.</para>
/// <para>What is safe to redo is redone: a worker gone while Claimed sent nothing, so after its lease another takes the card
/// over; opening a conversation is idempotent. What is not safe is never redone: a worker gone while Sending may have
/// delivered the card, as may a send that timed out or whose response was lost. Those end Unknown and are never resent: a
/// member may miss a card (the follow-up stays answerable from the personal tab) but never gets two.</para>
/// <para>An invitation's card goes only to someone who already has the app: its conversation is opened without installing
/// anything (<see cref="IBotMessenger.OpenInstalledAsync"/>), since installing before the person said yes is what consent forbids.</para>
/// </remarks>
public sealed class DeliverCard(
    IOutbox outbox, IMemberCards cards, IRequestCards requestCards, InvitationCards invitationCards, Ending.EndingCards endingCards, IBotMessenger bot,
    IDeliveryCheckpoints checkpoints, DeliverySettings settings, TimeProvider time)
{
    public async Task<DeliveryOutcome> ExecuteAsync(CardDelivery card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);

        // Only a read, so it runs while the row is claimed: one storage round trip less per card, on the path where the
        // cards per second are decided (the claim itself must come first for everything that writes or sends).
        var known = bot.FindAsync(card.Tenant, card.Member, cancellationToken);
        var (claimed, early) = await ClaimAsync(card, cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            await ((Task)known).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return early!;
        }

        await checkpoints.ReachedAsync(DeliveryStep.Claimed, card, cancellationToken).ConfigureAwait(false);
        var content = card.Kind switch
        {
            CardKind.FollowUp => await cards.FollowUpAsync(card.Tenant, card.Circle, card.SessionId, card.Member, cancellationToken).ConfigureAwait(false),
            CardKind.Reminder => await cards.ReminderAsync(card.Tenant, card.Circle, card.SessionId, card.Member, cancellationToken).ConfigureAwait(false),
            CardKind.Invitation => await invitationCards.CardAsync(card, cancellationToken).ConfigureAwait(false),
            CardKind.EndingQuestion or CardKind.InactivityFlag => await endingCards.CardAsync(card, cancellationToken).ConfigureAwait(false),
            _ => await requestCards.CardAsync(card, cancellationToken).ConfigureAwait(false),
        };
        if (content is null)
        {
            await ((Task)known).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return await FinishAsync(claimed, OutboxState.Skipped, DeliveryResult.Skipped, null, cancellationToken).ConfigureAwait(false);
        }

        var opened = await known.ConfigureAwait(false) ?? (card.Kind == CardKind.Invitation
            ? await bot.OpenInstalledAsync(card.Tenant, card.Member, cancellationToken).ConfigureAwait(false)
            : await bot.OpenAsync(card.Tenant, card.Member, cancellationToken).ConfigureAwait(false));
        if (opened.Status != BotStatus.Done)
        {
            // Opening sends the person nothing, so even an unknown outcome there is safe to retry.
            return opened.Status is BotStatus.Unreachable or BotStatus.Rejected
                ? await EndAsync(claimed, opened, cancellationToken).ConfigureAwait(false)
                : await ReleaseAsync(claimed, opened, cancellationToken).ConfigureAwait(false);
        }

        await checkpoints.ReachedAsync(DeliveryStep.Opened, card, cancellationToken).ConfigureAwait(false);
        var sending = await outbox.TryReplaceAsync(claimed with { State = OutboxState.Sending, LeaseUntil = time.GetUtcNow() + settings.Lease }, cancellationToken).ConfigureAwait(false);
        if (sending is null)
        {
            // Our lease ran out and another worker took the card: it is theirs now.
            return new DeliveryOutcome(DeliveryResult.Busy, settings.Lease);
        }

        await checkpoints.ReachedAsync(DeliveryStep.MarkedSending, card, cancellationToken).ConfigureAwait(false);
        var sent = await bot.SendAsync(card.Tenant, card.Member, opened.Conversation!, content, cancellationToken).ConfigureAwait(false);
        if (sent.Status == BotStatus.Done)
        {
            await checkpoints.ReachedAsync(DeliveryStep.Delivered, card, cancellationToken).ConfigureAwait(false);
            return await FinishAsync(sending with { ActivityId = sent.ActivityId }, OutboxState.Sent, DeliveryResult.Sent, null, cancellationToken).ConfigureAwait(false);
        }

        return sent.Status switch
        {
            BotStatus.RetryLater => await ReleaseAsync(sending, sent, cancellationToken).ConfigureAwait(false),
            BotStatus.Unknown => await FinishAsync(sending, OutboxState.Unknown, DeliveryResult.Unknown, sent.Detail, cancellationToken).ConfigureAwait(false),
            _ => await EndAsync(sending, sent, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The row claimed by this worker, or the outcome to report when it cannot be (final, held, or unknown).</summary>
    private async Task<(OutboxRow? Claimed, DeliveryOutcome? Outcome)> ClaimAsync(CardDelivery card, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var created = await outbox.TryCreateClaimedAsync(card, now + settings.Lease, cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            return (created, null);
        }

        var row = await outbox.FindAsync(card, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return (null, new DeliveryOutcome(DeliveryResult.Busy, TimeSpan.Zero));
        }

        if (row.IsFinal)
        {
            return (null, new DeliveryOutcome(DeliveryResult.AlreadyFinal));
        }

        if (row.State is OutboxState.Claimed or OutboxState.Sending && row.LeaseUntil > now)
        {
            return (null, new DeliveryOutcome(DeliveryResult.Busy, row.LeaseUntil - now));
        }

        if (row.State == OutboxState.Sending)
        {
            // Its worker stopped after marking the send and before recording its outcome: the card may be in the chat.
            var unknown = await outbox.TryReplaceAsync(row with { State = OutboxState.Unknown, LeaseUntil = null, Detail = "workerStoppedWhileSending" }, cancellationToken).ConfigureAwait(false);
            return (null, new DeliveryOutcome(unknown is null ? DeliveryResult.AlreadyFinal : DeliveryResult.Unknown));
        }

        var claimed = await outbox.TryReplaceAsync(row with { State = OutboxState.Claimed, LeaseUntil = now + settings.Lease, Attempts = row.Attempts + 1 }, cancellationToken).ConfigureAwait(false);
        return claimed is null ? (null, new DeliveryOutcome(DeliveryResult.Busy, settings.Lease)) : (claimed, null);
    }

    private Task<DeliveryOutcome> EndAsync(OutboxRow row, BotOutcome outcome, CancellationToken cancellationToken) =>
        outcome.Status == BotStatus.Unreachable
            ? FinishAsync(row, OutboxState.Unreachable, DeliveryResult.Unreachable, outcome.Detail, cancellationToken)
            : FinishAsync(row, OutboxState.Failed, DeliveryResult.Failed, outcome.Detail, cancellationToken);

    private async Task<DeliveryOutcome> ReleaseAsync(OutboxRow row, BotOutcome outcome, CancellationToken cancellationToken)
    {
        await outbox.TryReplaceAsync(row with { State = OutboxState.Pending, LeaseUntil = null, Detail = outcome.Detail }, cancellationToken).ConfigureAwait(false);
        return new DeliveryOutcome(DeliveryResult.Deferred, outcome.RetryAfter);
    }

    private async Task<DeliveryOutcome> FinishAsync(OutboxRow row, OutboxState state, DeliveryResult result, string? detail, CancellationToken cancellationToken)
    {
        await outbox.TryReplaceAsync(row with { State = state, LeaseUntil = null, Detail = detail ?? row.Detail }, cancellationToken).ConfigureAwait(false);
        return new DeliveryOutcome(result);
    }
}
