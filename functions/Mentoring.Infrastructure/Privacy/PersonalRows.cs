using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// Rows read generically, whatever their kind: does a row hold a person's id (in a key, or in a column that holds ids, JSON
/// included), and the row as an exported record. Never by name or email: a name is not an id (namesakes, short names).
/// </summary>
/// <remarks>Generic on purpose: a new kind of row (a new column, a new JSON shape) is exported and erased without code here.</remarks>
internal static class PersonalRows
{
    private static readonly HashSet<string> System = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    public static IEnumerable<KeyValuePair<string, object>> Columns(TableEntity row) => row.Where(p => !System.Contains(p.Key) && p.Value is not null);

    /// <summary>The row's keys hold the person's id: the row is theirs alone (a private note, their own index) and goes whole.</summary>
    public static bool KeyNames(TableEntity row, PersonId person) =>
        Contains(row.PartitionKey, person.ToString()) || Contains(row.RowKey, person.ToString());

    /// <summary>
    /// The person's id is in a key, in a GUID column, or in a text column (ids inside JSON: members, helpers, thanks' "to"). An id
    /// is 36 characters of hexadecimal: finding it inside a text finds that id and nothing else.
    /// </summary>
    public static bool HoldsId(TableEntity row, PersonId person) =>
        KeyNames(row, person) || Columns(row).Any(c => c.Value switch
        {
            Guid g => g == person.Value,
            string s => Contains(s, person.ToString()),
            _ => false,
        });

    /// <summary>Who wrote the row, when it says (entries carry <c>AuthorId</c>).</summary>
    public static Guid? AuthorOf(TableEntity row) => row.TryGetValue("AuthorId", out var value) && value is Guid g ? g : null;

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

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    internal static JsonNode? TryParse(string json)
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
