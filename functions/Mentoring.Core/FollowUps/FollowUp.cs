using Mentoring.Core.Agendas;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>One member's answer to a session's follow-up card, stored in the circle's partition next to what it changed.</summary>
/// <param name="Reviews">The member's commitments that were due at the session, each with what became of it.</param>
/// <param name="NewCommitments">Up to <see cref="MaxNewCommitments"/> texts, due at the next session.</param>
/// <param name="Blocker">What blocks the member, empty when nothing; it becomes an item of the next session's agenda.</param>
/// <param name="Usefulness">1 to 5, or null when not said.</param>
/// <param name="HelpedBy">In a peer group, the other members who helped: each is a thanks in the reciprocity balance.</param>
/// <param name="Revision">1 for the first answer, one more for each change: a card carries the revision it showed, so a card
/// replayed after the answer changed is refused instead of silently undoing the newer answer.</param>
/// <remarks>
/// Invariants (kept by <see cref="FollowUpAnswers.Validate"/>): one per member and session (<see cref="Key"/>); texts are
/// bounded and clean (<see cref="AgendaText"/>); the helpers are other members of the circle; only the member reads it
/// (the store returns nobody else's).
/// </remarks>
public sealed record FollowUp(
    string SessionId,
    PersonId Member,
    bool Attended,
    IReadOnlyList<CommitmentReview> Reviews,
    IReadOnlyList<string> NewCommitments,
    string Blocker,
    int? Usefulness,
    IReadOnlyList<PersonId> HelpedBy,
    int Revision,
    DateTimeOffset AnsweredAt) : ICircleEntry
{
    public const int MaxNewCommitments = 3;

    /// <summary>Shorter than a commitment made in the side panel: the card carries up to three of them back as its inputs' values,
    /// and stays under Teams' 28 KB however they are written.</summary>
    public const int MaxNewCommitmentLength = 500;

    /// <summary>A blocker names what blocks; the session discusses it.</summary>
    public const int MaxBlockerLength = 1_000;
    public const int MinUsefulness = 1;
    public const int MaxUsefulness = 5;

    public string Key => KeyOf(Member, SessionId);

    /// <summary>Member first: the store reads one member's follow-ups as one key range and nobody else's.</summary>
    public static string KeyOf(PersonId member, string sessionId) => $"{member}_{sessionId}";

    /// <summary>Whether two answers say the same thing, whatever their revision and time.</summary>
    public bool SaysTheSameAs(FollowUp other) =>
        (SessionId, Member, Attended, Blocker, Usefulness) == (other.SessionId, other.Member, other.Attended, other.Blocker, other.Usefulness)
        && Reviews.SequenceEqual(other.Reviews) && NewCommitments.SequenceEqual(other.NewCommitments) && HelpedBy.SequenceEqual(other.HelpedBy);
}
