namespace Mentoring.Core.Common;

/// <summary>Rules for the free text people type: trimmed, bounded, no control characters.</summary>
public static class Text
{
    public const int MaxObjectiveLength = 2_000;
    public const int MaxNameLength = 120;

    /// <summary>Checks a required single-line text.</summary>
    public static Result<string> Line(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Error.Invalid(field, "text.required");
        }

        return Check(field, trimmed, maxLength, allowLineBreaks: false);
    }

    /// <summary>Checks an optional multi-line text; null and blank become empty.</summary>
    public static Result<string> Paragraph(string field, string? value, int maxLength) =>
        Check(field, value?.Trim() ?? "", maxLength, allowLineBreaks: true);

    private static Result<string> Check(string field, string text, int maxLength, bool allowLineBreaks)
    {
        if (text.Length > maxLength)
        {
            return Error.Invalid(field, "text.tooLong", new Dictionary<string, object> { ["max"] = maxLength });
        }

        foreach (var c in text)
        {
            var isLineBreak = c is '\n' or '\r' or '\t';
            if (char.IsControl(c) && !(allowLineBreaks && isLineBreak))
            {
                return Error.Invalid(field, "text.controlCharacter");
            }
        }

        return text;
    }
}
