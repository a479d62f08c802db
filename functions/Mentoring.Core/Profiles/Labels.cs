using System.Globalization;
using System.Text;
using Mentoring.Core.Common;

namespace Mentoring.Core.Profiles;

/// <summary>Short labels people type for fields and skills ("Data analyse", "Python"), kept as typed and compared loosely.</summary>
public static class Labels
{
    public const int MaxLength = 60;
    public const int MaxCount = 12;

    /// <summary>Validates a list of labels; blanks are refused, case-and-accent duplicates merged (first spelling kept).</summary>
    public static Result<IReadOnlyList<string>> List(string field, IReadOnlyList<string?>? values)
    {
        var v = new Validation();
        if ((values?.Count ?? 0) > MaxCount)
        {
            return Error.Invalid(field, "list.tooLong", new Dictionary<string, object> { ["max"] = MaxCount });
        }

        var kept = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var label = Text.Line($"{field}[{i}]", values![i], MaxLength);
            v.AddRange(label.Errors);
            if (label.IsSuccess && keys.Add(Key(label.Value)))
            {
                kept.Add(label.Value);
            }
        }

        return v.ToResult<IReadOnlyList<string>>(() => kept);
    }

    /// <summary>The comparison key: lower case, accents and extra spaces removed, so "Data  Analyse" equals "data analysé".</summary>
    public static string Key(string label)
    {
        var builder = new StringBuilder(label.Length);
        var space = false;
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
