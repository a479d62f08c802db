using System.Text.Json;
using System.Text.Json.Serialization;
using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Codev;
using Mentoring.Core.Commitments;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Notes;
using Mentoring.Core.People;
using Mentoring.Core.Reciprocity;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>Entries ⇄ rows: the row-key prefix of each kind of entry, and its JSON.</summary>
/// <remarks>Prefixes sort apart from "circle" and "session_", so each kind is one key range of the circle's partition.</remarks>
internal static class EntryRows
{
    public const string Items = "item_";
    public const string Commitments = "commitment_";
    public const string Notes = "note_";
    public const string Thanks = "thanks_";
    public const string News = "news_";
    public const string FollowUps = "followup_";
    public const string CardPreferences = "cards_";
    public const string Codev = "codev_";
    public const string Attendance = "attendance_";

    private static readonly JsonSerializerOptions Json = new(StoredJson.Options) { Converters = { new PersonIdConverter() } };

    public static string PrefixOf<T>() => PrefixOf(typeof(T));

    public static string PrefixOf(Type type) => type switch
    {
        var t when t == typeof(AgendaItem) => Items,
        var t when t == typeof(Commitment) => Commitments,
        var t when t == typeof(Note) => Notes,
        var t when t == typeof(Thanks) => Thanks,
        var t when t == typeof(News) => News,
        var t when t == typeof(FollowUp) => FollowUps,
        var t when t == typeof(CardPreference) => CardPreferences,
        var t when t == typeof(CodevSession) => Codev,
        var t when t == typeof(SessionAttendance) => Attendance,
        var t => throw new NotSupportedException($"{t.Name} is not stored in a circle's partition."),
    };

    /// <summary>The key just after every key that starts with <paramref name="prefix"/> ('`' follows '_').</summary>
    public static string After(string prefix) => prefix[..^1] + "`";

    public static EntryEntity ToEntity<T>(string partition, T entry)
        where T : class, ICircleEntry => new()
        {
            PartitionKey = partition,
            RowKey = PrefixOf<T>() + entry.Key,
            AuthorId = AuthorOf(entry).Value,
            Json = JsonSerializer.Serialize(entry, Json),
        };

    /// <summary>The same, for an entry known only at run time (an answer writes entries of several kinds at once).</summary>
    public static EntryEntity ToEntity(string partition, ICircleEntry entry) => new()
    {
        PartitionKey = partition,
        RowKey = PrefixOf(entry.GetType()) + entry.Key,
        AuthorId = AuthorOf(entry).Value,
        Json = JsonSerializer.Serialize(entry, entry.GetType(), Json),
    };

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"Stored {typeof(T).Name} is null.");

    private static PersonId AuthorOf(ICircleEntry entry) => entry switch
    {
        AgendaItem i => i.Author,
        Commitment c => c.Author,
        Note n => n.Author,
        Thanks t => t.From,
        News n => n.Author,
        FollowUp f => f.Member,
        CardPreference p => p.Member,
        CodevSession c => c.StartedBy,
        SessionAttendance a => a.ReadFor,
        _ => throw new NotSupportedException(entry.GetType().Name),
    };

    /// <summary>A person id as its plain GUID (the struct has no setter for the serializer to fill).</summary>
    private sealed class PersonIdConverter : JsonConverter<PersonId>
    {
        public override PersonId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, PersonId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
