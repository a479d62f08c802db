using System.Text.RegularExpressions;
using Mentoring.Core.Common;

namespace Mentoring.Core.Profiles;

/// <summary>BCP 47 language tags as people declare the languages they speak: <c>fr</c>, <c>en-GB</c>, <c>zh-Hant-TW</c>.</summary>
/// <remarks>Only the common shape is accepted (language, optional script, optional region); private-use and extensions are refused
/// because nobody speaks them. Two people share a language when their primary subtags are equal (fr-CA and fr-FR talk together).</remarks>
public static partial class LanguageTags
{
    /// <summary>Checks and normalizes the case of a tag: language lower, script title, region upper.</summary>
    public static Result<string> Normalize(string field, string? tag)
    {
        var m = tag is null ? null : Shape().Match(tag.Trim());
        if (m is null || !m.Success)
        {
            return Error.Invalid(field, tag is null ? "required" : "language.invalid");
        }

        var script = m.Groups["script"].Value;
        var normalized = m.Groups["lang"].Value.ToLowerInvariant()
            + (script.Length > 0 ? "-" + char.ToUpperInvariant(script[0]) + script[1..].ToLowerInvariant() : "")
            + (m.Groups["region"].Value is { Length: > 0 } region ? "-" + region.ToUpperInvariant() : "");
        return normalized;
    }

    /// <summary>The primary language subtag (<c>fr</c> for <c>fr-CA</c>).</summary>
    public static string Primary(string tag) => tag.Split('-')[0];

    [GeneratedRegex("^(?<lang>[A-Za-z]{2,3})(?:-(?<script>[A-Za-z]{4}))?(?:-(?<region>[A-Za-z]{2}|[0-9]{3}))?$")]
    private static partial Regex Shape();
}
