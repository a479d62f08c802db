namespace Mentoring.Core.FollowUps;

/// <summary>An answer as it arrives, from a card's inputs (all strings) or from the personal tab; checked by <see cref="FollowUpAnswers"/>.</summary>
/// <param name="Attended">"yes" or "no" (also "true"/"false").</param>
/// <param name="Commitments">Commitment id → "done", "notYet" or "dropped"; a due commitment left out stays open.</param>
/// <param name="NewCommitments">Texts; blank ones are skipped.</param>
/// <param name="Usefulness">"1" to "5", or blank.</param>
/// <param name="HelpedBy">Person ids of other members.</param>
/// <param name="Goals">Goal id → level "-2" to "2" (the card's "where I stand"); blank ones are skipped.</param>
/// <param name="Revision">The revision the card or form showed (0 before any answer); null means "whatever is stored".</param>
public sealed record FollowUpDraft(
    string? Attended,
    IReadOnlyDictionary<string, string?>? Commitments,
    IReadOnlyList<string?>? NewCommitments,
    string? Blocker,
    string? Usefulness,
    IReadOnlyList<string?>? HelpedBy,
    int? Revision,
    IReadOnlyDictionary<string, string?>? Goals = null);
