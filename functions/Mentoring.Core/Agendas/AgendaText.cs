using Mentoring.Core.Common;

namespace Mentoring.Core.Agendas;

/// <summary>
/// The text members write for each other (agenda items, commitments, thanks, notes): <see cref="Text"/>'s rules, plus
/// what makes text lie about itself on screen.
/// </summary>
/// <remarks>
/// Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused: they reorder what a
/// reader sees ("Trojan Source") and a person never types them. Invisible zero-width spaces, word joiners and byte-order marks
/// (U+200B, U+2060, U+FEFF) are removed: pasted text often carries them and they hide nothing a person meant. Zero-width
/// (non-)joiners and the left-to-right / right-to-left marks stay: emoji, Persian or Hindi need them and they reorder nothing.
/// </remarks>
public static class AgendaText
{
    /// <summary>A required text: trimmed, invisible characters removed, not empty, at most <paramref name="maxLength"/>.</summary>
    public static Result<string> Required(string field, string? value, int maxLength)
    {
        var checkedText = Optional(field, value, maxLength);
        return checkedText.IsSuccess && checkedText.Value.Length == 0 ? Error.Invalid(field, "text.required") : checkedText;
    }

    /// <summary>An optional text; null and blank become empty.</summary>
    public static Result<string> Optional(string field, string? value, int maxLength)
    {
        if (value is not null && value.Any(IsBidiControl))
        {
            return Error.Invalid(field, "text.bidiControl");
        }

        var visible = value is null ? null : new string([.. value.Where(c => !IsInvisible(c))]);
        return Text.Paragraph(field, visible, maxLength);
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF';
}
