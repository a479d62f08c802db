using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// Rows read generically, whatever their kind: does a row name a person (their id in any column or key, in any case, or
/// their name or email), the row as an exported record, and the row with the person replaced by <see cref="FormerMember"/>.
/// </summary>
/// <remarks>Generic on purpose: a new kind of row (a new column, a new JSON shape) is exported and erased without code here.</remarks>
internal static class PersonalRows
{
    private static readonly HashSet<string> System = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    public static IEnumerable<KeyValuePair<string, object>> Columns(TableEntity row) => row.Where(p => !System.Contains(p.Key) && p.Value is not null);

    /// <summary>The row's keys hold the person's id: the row is theirs alone (a private note, their own index) and goes whole.</summary>
    public static bool KeyNames(TableEntity row, PersonId person) =>
        Contains(row.PartitionKey, person.ToString()) || Contains(row.RowKey, person.ToString());

    public static bool Names(TableEntity row, DataSubject subject) =>
        KeyNames(row, subject.Person) || Columns(row).Any(c => c.Value switch
        {
            Guid g => g == subject.Person.Value,
            string s => Contains(s, subject.Person.ToString()) || Spellings(subject).Any(n => Contains(s, n)),
            _ => false,
        });

    /// <summary>The kind of a row: its row key's prefix ("item_…" → "item"), or <paramref name="fallback"/>.</summary>
    public static string KindOf(TableEntity row, string fallback)
    {
        var cut = row.RowKey.IndexOf('_', StringComparison.Ordinal);
        return cut > 0 && row.RowKey[..cut].All(char.IsAsciiLetter) ? row.RowKey[..cut] : row.RowKey.All(char.IsAsciiLetter) ? row.RowKey : fallback;
    }

    public static PersonalRecord ToRecord(string store, TableEntity row, string kind, bool writtenBySubject)
    {
        var data = new JsonObject();
        foreach (var (name, value) in Columns(row))
        {
            var unfolded = name.EndsWith("Json", StringComparison.Ordinal) && value is string json ? TryParse(json) : null;
            if (name == "Json" && unfolded is JsonObject entry)
            {
                // An entry stored whole as JSON: its fields are the record's.
                foreach (var field in entry.ToList())
                {
                    entry.Remove(field.Key);
                    data[field.Key] = field.Value;
                }

                continue;
            }

            data[unfolded is null ? name : name[..^4]] = unfolded ?? value switch
            {
                DateTimeOffset d => JsonValue.Create(d.ToUniversalTime()),
                Guid g => JsonValue.Create(g.ToString()),
                bool b => JsonValue.Create(b),
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                double d => JsonValue.Create(d),
                _ => JsonValue.Create(value.ToString()),
            };
        }

        return new PersonalRecord(store, kind, $"{row.PartitionKey}/{row.RowKey}", writtenBySubject, data);
    }

    /// <summary>The same row with the person's id replaced by the former member's everywhere, and their names by "ancien membre".</summary>
    public static TableEntity Anonymised(TableEntity row, DataSubject subject)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey) { ETag = row.ETag };
        foreach (var (name, value) in Columns(row))
        {
            copy[name] = value switch
            {
                Guid g when g == subject.Person.Value => FormerMember.Id.Value,
                string s => Spellings(subject).Aggregate(
                    s.Replace(subject.Person.ToString(), FormerMember.Id.ToString(), StringComparison.OrdinalIgnoreCase),
                    (text, n) => text.Replace(n, FormerMember.Name(english: false), StringComparison.OrdinalIgnoreCase)),
                _ => value,
            };
        }

        return copy;
    }

    /// <summary>Each name as written, and as a JSON column holds it (the serializer escapes "É" as "\u00C9").</summary>
    private static IEnumerable<string> Spellings(DataSubject subject) =>
        subject.Names.SelectMany(n => new[] { n, global::System.Text.Json.JsonEncodedText.Encode(n).ToString() }).Distinct(StringComparer.OrdinalIgnoreCase);

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (global::System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
