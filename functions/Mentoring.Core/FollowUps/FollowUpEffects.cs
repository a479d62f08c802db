using System.Globalization;
using Mentoring.Core.Agendas;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Reciprocity;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.FollowUps;

/// <summary>
/// What an answer changes: the due commitments' states, up to three new commitments due at the next session, the blocker as an
/// item of the next open session's agenda, a thanks per helper. Every entry it makes has an id derived from (session, member,
/// slot) (<see cref="FollowUpIds"/>), so a new answer rewrites the previous answer's entries and deletes those it no longer says.
/// </summary>
public static class FollowUpEffects
{
    public static Result<FollowUpWrite> Plan(CircleBoard board, FollowUpQuestions questions, FollowUp answer, bool english, DateTimeOffset now)
    {
        var writes = new List<EntryWrite> { new(answer, questions.Answer?.Version) };
        var deletes = new List<EntryWrite>();
        Review(questions, answer, now, writes);
        MakeCommitments(board, questions, answer, now, writes, deletes);
        var blocker = PlaceBlocker(board, questions, answer, now, writes, deletes);
        Thank(board, questions, answer, english, now, writes, deletes);
        return blocker.IsSuccess ? new FollowUpWrite(writes, deletes) : Result<FollowUpWrite>.Failure(blocker.Errors);
    }

    /// <summary>The session whose agenda receives the blocker: the first one after the session that is still open.</summary>
    public static Session? NextOpen(CircleBoard board, Session session, DateTimeOffset now) =>
        board.Held.FirstOrDefault(s => s.Start > session.Start && SessionAgendas.IsOpen(s, now));

    private static void Review(FollowUpQuestions questions, FollowUp answer, DateTimeOffset now, List<EntryWrite> writes)
    {
        foreach (var due in questions.Commitments)
        {
            var target = FollowUpAnswers.StateOf(answer.Reviews.First(r => r.CommitmentId == due.Value.Id).State);
            var c = due.Value;
            if (c.State == target)
            {
                continue;
            }

            // Only a commitment this follow-up closed can be open again here (FollowUpQuestions lists no other closed one):
            // the new answer replaces the previous one's effects.
            var changed = target == CommitmentState.Open
                ? c with { State = CommitmentState.Open, Reason = "", ClosedAt = null }
                : c with { State = target, ClosedAt = now };
            writes.Add(new(changed, due.Version));
        }
    }

    private static void MakeCommitments(CircleBoard board, FollowUpQuestions questions, FollowUp answer, DateTimeOffset now, List<EntryWrite> writes, List<EntryWrite> deletes)
    {
        var circle = board.Circle.Value;
        var zone = TimeZones.Get(circle.Cadence.TimeZone);
        var next = board.After(questions.Session) is { } after ? TimeZones.DateIn(zone, after.Start) : (DateOnly?)null;
        for (var slot = 0; slot < FollowUp.MaxNewCommitments; slot++)
        {
            var id = FollowUpIds.NewCommitment(circle.Id, questions.Session.Id, questions.Member, slot);
            var existing = board.Commitments.FirstOrDefault(c => c.Value.Id == id);
            if (slot >= answer.NewCommitments.Count)
            {
                if (existing is not null)
                {
                    deletes.Add(new(existing.Value, existing.Version));
                }
            }
            else if (existing is null)
            {
                // Made at the session that ended: due at the next one, and reviewed at every later one while open.
                // A tick apart, so agendas (ordered by creation) list them in the order the member wrote them.
                var made = Commitment.Create(id, questions.Session.Id, questions.Member, answer.NewCommitments[slot], null, TimeZones.DateIn(zone, now), next, now.AddTicks(slot));
                writes.Add(new(made.Value, null));
            }
            else if (existing.Value.Text != answer.NewCommitments[slot])
            {
                // Its state stays: a commitment kept since the first answer is still kept.
                writes.Add(new(existing.Value with { Text = answer.NewCommitments[slot] }, existing.Version));
            }
        }
    }

    private static Result<Unit> PlaceBlocker(CircleBoard board, FollowUpQuestions questions, FollowUp answer, DateTimeOffset now, List<EntryWrite> writes, List<EntryWrite> deletes)
    {
        var id = FollowUpIds.Blocker(board.Circle.Value.Id, questions.Session.Id, questions.Member);
        var target = answer.Blocker.Length == 0 ? null : NextOpen(board, questions.Session, now);
        var placed = board.Items.Where(i => i.Value.Id == id).ToArray();
        Versioned<AgendaItem>? kept = null;
        foreach (var item in placed)
        {
            if (item.Value.SessionId == target?.Id)
            {
                kept = item;
            }
            else if (board.Session(item.Value.SessionId) is { } s && SessionAgendas.IsOpen(s, now))
            {
                // A session already held keeps its agenda as it was discussed.
                deletes.Add(new(item.Value, item.Version));
            }
        }

        if (target is null)
        {
            return Unit.Value;
        }

        if (kept is not null)
        {
            if (kept.Value.Text != answer.Blocker || kept.Value.Kind != AgendaItemKind.Blocker)
            {
                writes.Add(new(kept.Value with { Text = answer.Blocker, Kind = AgendaItemKind.Blocker }, kept.Version));
            }

            return Unit.Value;
        }

        var items = board.Items.Where(i => i.Value.SessionId == target.Id).ToArray();
        if (items.Length >= SessionAgendas.MaxItemsPerSession)
        {
            return Error.Invalid("blocker", "agenda.full", new Dictionary<string, object> { ["max"] = SessionAgendas.MaxItemsPerSession });
        }

        var order = items.Length == 0 ? 0 : items.Max(i => i.Value.Order) + 1;
        writes.Add(new(AgendaItem.Create(id, target.Id, questions.Member, nameof(AgendaItemKind.Blocker), answer.Blocker, order, now).Value, null));
        return Unit.Value;
    }

    private static void Thank(CircleBoard board, FollowUpQuestions questions, FollowUp answer, bool english, DateTimeOffset now, List<EntryWrite> writes, List<EntryWrite> deletes)
    {
        var circle = board.Circle.Value;
        foreach (var peer in questions.Peers)
        {
            var id = FollowUpIds.Thanks(circle.Id, questions.Session.Id, questions.Member, peer.PersonId);
            var existing = board.Thanks.FirstOrDefault(t => t.Id == id);
            var thanked = answer.HelpedBy.Contains(peer.PersonId);
            if (thanked && existing is null)
            {
                var thanks = Thanks.Create(id, circle, questions.Member, peer.PersonId.ToString(), What(circle, questions.Session, english), now);
                writes.Add(new(thanks.Value, null));
            }
            else if (!thanked && existing is not null)
            {
                deletes.Add(new(existing, EntryWrite.Any));
            }
        }
    }

    /// <summary>What the thanks says, in the thanking member's language.</summary>
    private static string What(Circles.Circle circle, Session session, bool english)
    {
        var date = TimeZones.DateIn(TimeZones.Get(circle.Cadence.TimeZone), session.Start);
        return english
            ? $"Help received at the session of {date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}"
            : $"Aide reçue lors de la séance du {date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))}";
    }
}
