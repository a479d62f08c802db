using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Nudges;

/// <summary>
/// Sends claimed nudges: the same message to several people in one bulk request (up to 100), each person's row moved to Sending
/// first (only by the worker whose claim still holds) and to Sent after; a bulk request refused for good is tried person by
/// person, so one person without the app does not cost the others their nudge. Graph's "later" puts the rows back to Claimed:
/// the queue brings the nudge back, and nobody has it twice.
/// </summary>
public sealed class NudgeDispatch(INudgeSender sender, INudgeLedger ledger, TimeProvider time)
{
    /// <summary>Graph's upper limit of recipients in one bulk request (teamwork-sendactivitynotificationtorecipients).</summary>
    public const int MaxRecipients = 100;

    public async Task<NudgeRun> SendAsync(TenantId tenant, DateOnly day, IReadOnlyList<(NudgeClaim Claim, NudgeMessage Message)> nudges, CancellationToken cancellationToken)
    {
        var (sent, refused, already) = (0, 0, 0);
        TimeSpan? retryAfter = null;
        foreach (var group in nudges.GroupBy(n => Key(n.Message)).SelectMany(g => g.Chunk(MaxRecipients)))
        {
            var owned = new List<PersonId>();
            foreach (var (claim, _) in group)
            {
                if (await ledger.StartSendingAsync(claim, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                {
                    owned.Add(claim.Person);
                }
            }

            already += group.Length - owned.Count;
            var message = group[0].Message;
            var result = owned.Count == 0 ? NudgeSent.Done : await SendAndMarkAsync(tenant, day, [.. owned], message, cancellationToken).ConfigureAwait(false);
            if (result.Status == NudgeSendStatus.Refused && owned.Count > 1)
            {
                foreach (var person in owned)
                {
                    await ledger.MarkAsync(tenant, day, person, NudgeState.Sending, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    var alone = await SendAndMarkAsync(tenant, day, [person], message, cancellationToken).ConfigureAwait(false);
                    (sent, refused, retryAfter) = Count(alone, 1, sent, refused, retryAfter);
                }

                continue;
            }

            (sent, refused, retryAfter) = Count(result, owned.Count, sent, refused, retryAfter);
        }

        return new NudgeRun(sent, 0, already, refused, retryAfter);
    }

    private async Task<NudgeSent> SendAndMarkAsync(TenantId tenant, DateOnly day, PersonId[] people, NudgeMessage message, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(tenant, people, message, cancellationToken).ConfigureAwait(false);
        var state = result.Status switch
        {
            NudgeSendStatus.Sent => NudgeState.Sent,
            NudgeSendStatus.RetryLater => NudgeState.Claimed,
            _ => people.Length > 1 ? NudgeState.Claimed : NudgeState.Refused,
        };
        await Task.WhenAll(people.Select(p => ledger.MarkAsync(tenant, day, p, state, time.GetUtcNow(), cancellationToken))).ConfigureAwait(false);
        return result;
    }

    private static (int Sent, int Refused, TimeSpan? RetryAfter) Count(NudgeSent result, int people, int sent, int refused, TimeSpan? retryAfter) => result.Status switch
    {
        NudgeSendStatus.Sent => (sent + people, refused, retryAfter),
        NudgeSendStatus.Refused => (sent, refused + people, retryAfter),
        _ => (sent, refused, Max(retryAfter, result.RetryAfter ?? TimeSpan.FromSeconds(30))),
    };

    private static TimeSpan Max(TimeSpan? a, TimeSpan b) => a is { } x && x > b ? x : b;

    private static string Key(NudgeMessage m) =>
        $"{m.ActivityType}|{m.Topic}|{m.SubEntityId}|{m.Preview}|{string.Join(";", m.Parameters.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}";
}
