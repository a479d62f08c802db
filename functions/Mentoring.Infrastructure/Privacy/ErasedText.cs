using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// What an erasure rewrites in a row it keeps for the others, and nothing more: the person's id (to the former member's), a copy
/// of their name the product wrote (a column or JSON value that is exactly their name or email), and, in free text the others
/// wrote, whole-word mentions of their full display name or email ("Léa Dubois" in "merci Léa Dubois !", not "Léa" in "Léane").
/// </summary>
/// <remarks>
/// A free text never grows: a mention shorter than "ancien membre" becomes "…", so a field the product bounds (a profile's
/// 500 characters) stays within its bound and still reads back. JSON columns are rewritten value by value (never as text:
/// "É" is stored escaped, and a replacement must not break the document).
/// </remarks>
internal sealed class ErasedText
{
    private const string Short = "…";
    private static readonly string Former = FormerMember.Name(english: false);
    private static readonly string FormerId = FormerMember.Id.ToString();

    private readonly DataSubject subject;
    private readonly Regex? mentions;

    public ErasedText(DataSubject subject)
    {
        this.subject = subject;
        var names = subject.Names.OrderByDescending(n => n.Length).Select(Regex.Escape).ToArray();
        mentions = names.Length == 0 ? null : new Regex(
            $@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    /// <summary>A text the product did not write (a queued message) holds their id, or their full name or email as a whole word.</summary>
    public bool Mentions(string text) =>
        text.Contains(subject.Person.ToString(), StringComparison.OrdinalIgnoreCase) || (mentions?.IsMatch(text) ?? false);

    /// <summary>The row with the person replaced, or null when nothing in it is theirs (the row is then left untouched).</summary>
    public TableEntity? Rewritten(TableEntity row)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey) { ETag = row.ETag };
        var changed = false;
        foreach (var (name, value) in PersonalRows.Columns(row))
        {
            object next = value switch
            {
                Guid g when g == subject.Person.Value => FormerMember.Id.Value,
                string s => Column(s),
                _ => value,
            };
            changed |= !Equals(next, value);
            copy[name] = next;
        }

        return changed ? copy : null;
    }

    /// <summary>A text, as an erasure leaves it.</summary>
    public string Text(string text)
    {
        var replaced = text.Replace(subject.Person.ToString(), FormerId, StringComparison.OrdinalIgnoreCase);
        if (subject.Names.Any(n => replaced.Trim().Equals(n, StringComparison.OrdinalIgnoreCase)))
        {
            // A copy of their name (a request's MentorName, a group member's DisplayName): the product wrote it, it names them only.
            return Former;
        }

        return mentions is null ? replaced : mentions.Replace(replaced, m => Former.Length <= m.Length ? Former : Short);
    }

    private string Column(string value)
    {
        var trimmed = value.TrimStart();
        if (!(trimmed.StartsWith('{') || trimmed.StartsWith('[')) || PersonalRows.TryParse(value) is not { } node)
        {
            return Text(value);
        }

        return Walk(node) ? node.ToJsonString() : value;
    }

    /// <summary>Rewrites every string of a JSON document in place; true when one changed.</summary>
    private bool Walk(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    changed |= Replace(o[key], value => o[key] = value);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var at = i;
                    changed |= Replace(a[at], value => a[at] = value);
                }

                break;
        }

        return changed;
    }

    private bool Replace(JsonNode? child, Action<JsonNode> set)
    {
        if (child is JsonValue v && v.TryGetValue<string>(out var s))
        {
            var next = Text(s);
            if (next == s)
            {
                return false;
            }

            set(JsonValue.Create(next));
            return true;
        }

        return child is not null && Walk(child);
    }
}
