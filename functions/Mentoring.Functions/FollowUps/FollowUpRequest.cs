using System.Globalization;
using Mentoring.Core.FollowUps;

namespace Mentoring.Functions.FollowUps;

/// <summary>A follow-up answer from the personal tab: the card's questions as JSON.</summary>
/// <param name="Commitments">Commitment id → <c>done</c>, <c>notYet</c> or <c>dropped</c>.</param>
/// <param name="Revision">The revision the form showed: an answer changed since (from a card) makes this one 409.</param>
public sealed record FollowUpRequest(
    bool? Attended, Dictionary<string, string?>? Commitments, string?[]? NewCommitments, string? Blocker, int? Usefulness, string?[]? HelpedBy, int? Revision)
{
    public FollowUpDraft ToDraft() => new(
        Attended switch { true => "yes", false => "no", null => null },
        Commitments, NewCommitments, Blocker, Usefulness?.ToString(CultureInfo.InvariantCulture), HelpedBy, Revision);
}
