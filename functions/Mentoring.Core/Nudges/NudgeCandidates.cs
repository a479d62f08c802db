using Mentoring.Core.Agendas;
using Mentoring.Core.Commitments;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Nudges;

/// <summary>Who a nudge is for, from the circle's board: pure rules, no storage.</summary>
public static class NudgeCandidates
{
    /// <summary>Members who added nothing to the session's agenda yet.</summary>
    public static IReadOnlyList<PersonId> WithoutItem(CircleBoard board, Session session, IEnumerable<PersonId> members) =>
        [.. members.Where(m => !board.Items.Any(i => i.Value.SessionId == session.Id && i.Value.Author == m))];

    /// <summary>Each member's first open commitment due on <paramref name="tomorrow"/> (the circle's local date).</summary>
    public static IReadOnlyDictionary<PersonId, Commitment> DueOn(CircleBoard board, DateOnly tomorrow, IEnumerable<PersonId> members)
    {
        var wanted = members.ToHashSet();
        return board.Commitments.Select(c => c.Value)
            .Where(c => c.State == CommitmentState.Open && c.DueDate == tomorrow && wanted.Contains(c.Author))
            .OrderBy(c => c.CreatedAt)
            .GroupBy(c => c.Author)
            .ToDictionary(g => g.Key, g => g.First());
    }
}
