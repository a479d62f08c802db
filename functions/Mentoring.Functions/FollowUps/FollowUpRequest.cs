using System.Text.Json;
using Mentoring.Core.FollowUps;

namespace Mentoring.Functions.FollowUps;

/// <summary>A follow-up answer from the personal tab: the card's questions as JSON.</summary>
/// <param name="Commitments">Commitment id → <c>done</c>, <c>notYet</c> or <c>dropped</c>.</param>
/// <param name="Usefulness">Any JSON value: the domain says what a usefulness is (a whole number from 1 to 5), so <c>"five"</c>
/// gets the same answer as <c>6</c> (<c>followUp.usefulness.range</c> on <c>usefulness</c>), as it does from a card.</param>
/// <param name="Revision">The revision the form showed: an answer changed since (from a card) makes this one 409.</param>
public sealed record FollowUpRequest(
    bool? Attended, Dictionary<string, string?>? Commitments, string?[]? NewCommitments, string? Blocker, JsonElement? Usefulness, string?[]? HelpedBy, int? Revision)
{
    public FollowUpDraft ToDraft() => new(
        Attended switch { true => "yes", false => "no", null => null },
        Commitments, NewCommitments, Blocker, TextOf(Usefulness), HelpedBy, Revision);

    /// <summary>A number as written (4, 4.5, 1e1), a string as it is; anything else as its JSON, which no rating matches.</summary>
    private static string? TextOf(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };
}
