namespace Mentoring.Core.Matching;

/// <summary>One structured reason for a suggestion: a kind, a number (years, hours, places) and the labels it names.</summary>
/// <remarks>Structured so that the tab and the card can render it in the reader's language; <see cref="ReasonText"/> does that.</remarks>
public sealed record SuggestionReason(ReasonKind Kind, int Number, IReadOnlyList<string> Labels)
{
    public static SuggestionReason Count(ReasonKind kind, int number) => new(kind, number, []);

    public static SuggestionReason Named(ReasonKind kind, params string[] labels) => new(kind, 0, labels);
}
