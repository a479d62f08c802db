using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Scheduling;
using NodaTime;

namespace Mentoring.Core.Nudges;

/// <summary>
/// Use case of the session queue for a nudge entry of the session-due index: two days before a session, the members who added
/// nothing to its agenda (<see cref="CardKind.PrepareNudge"/>); the day before, the members with a commitment due the next day
/// (<see cref="CardKind.CommitmentNudge"/>). Members who paused the circle's cards or everything get nothing; at most one nudge
/// per person per day (<see cref="INudgeLedger"/>); the same text to several people goes in one bulk request.
/// </summary>
public sealed class SendNudges(
    ICircleStore circles, ICircleBoardStore boards, IPersonPause pauses, IPersonDirectory directory, INudgeLedger ledger, NudgeDispatch dispatch,
    TimeProvider time)
{
    public async Task<NudgeRun> ExecuteAsync(DueSession due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        var now = time.GetUtcNow();
        var circle = await circles.FindAsync(due.Tenant, due.Circle, cancellationToken).ConfigureAwait(false);
        if (circle?.Value is not { Status: CircleStatus.Active } found || found.Members.Count == 0)
        {
            return NudgeRun.Nothing;
        }

        var board = await boards.ReadAsync(due.Tenant, due.Circle, found.Members[0].PersonId, cancellationToken).ConfigureAwait(false);
        if (board?.Session(due.SessionId) is not { State: SessionState.Upcoming } session || session.Start != due.Start || session.Start <= now)
        {
            return NudgeRun.Nothing;
        }

        var members = found.Members.Select(m => m.PersonId).ToArray();
        var pausedHere = board.CardPreferences.Where(p => p.Paused).Select(p => p.Member).ToHashSet();
        var pausedAll = await pauses.PausedAmongAsync(due.Tenant, members, cancellationToken).ConfigureAwait(false);
        var open = members.Where(m => !pausedHere.Contains(m) && !pausedAll.Contains(m)).ToArray();
        var paused = members.Length - open.Length;
        var zone = TimeZones.Get(found.Cadence.TimeZone);
        var wanted = due.Kind == CardKind.PrepareNudge
            ? NudgeCandidates.WithoutItem(board, session, open).ToDictionary(m => m, _ => (Commitments.Commitment?)null)
            : NudgeCandidates.DueOn(board, Tomorrow(now, zone), open).ToDictionary(p => p.Key, p => (Commitments.Commitment?)p.Value);
        if (wanted.Count == 0)
        {
            return new NudgeRun(0, paused, 0, 0, null);
        }

        // The day of the index entry, not of this attempt: a retry after midnight is still the same nudge, on the same key.
        var day = DateOnly.FromDateTime(due.DueAt.UtcDateTime);
        var source = $"{due.Kind}_{due.Circle}_{due.SessionId}";
        var claimed = new List<NudgeClaim>();
        foreach (var person in wanted.Keys)
        {
            if (await ledger.ClaimAsync(due.Tenant, day, person, source, now, cancellationToken).ConfigureAwait(false) is { } claim)
            {
                claimed.Add(claim);
            }
        }

        var people = (await directory.FindAsync(due.Tenant, [.. claimed.Select(c => c.Person)], cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
        var sessionDate = TimeZones.DateIn(zone, session.Start);
        var messages = claimed.Select(c => (Claim: c, Message: MessageFor(due.Kind, found, session, sessionDate, wanted[c.Person],
            CardReader.IsEnglish(people.GetValueOrDefault(c.Person)?.Locale)))).ToArray();
        var outcome = await dispatch.SendAsync(due.Tenant, day, messages, cancellationToken).ConfigureAwait(false);
        return outcome with { Paused = paused, AlreadyNudged = outcome.AlreadyNudged + wanted.Count - claimed.Count };
    }

    private static DateOnly Tomorrow(DateTimeOffset now, DateTimeZone zone) => TimeZones.DateIn(zone, now).AddDays(1);

    private static NudgeMessage MessageFor(CardKind kind, Circle circle, Session session, DateOnly sessionDate, Commitments.Commitment? commitment, bool english) =>
        kind == CardKind.PrepareNudge
            ? new NudgeMessage(NudgeActivityTypes.PrepareSession, circle.Name, $"session:{circle.Id}:{session.Id}", NudgeTexts.PreparePreview(english),
                new Dictionary<string, string> { ["day"] = NudgeTexts.Day(sessionDate, english) })
            : new NudgeMessage(NudgeActivityTypes.CommitmentDue, circle.Name, $"commitment:{circle.Id}:{commitment!.Id:N}", NudgeTexts.CommitmentPreview(commitment.Text),
                new Dictionary<string, string>());
}
