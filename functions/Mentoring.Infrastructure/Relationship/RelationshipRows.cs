using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Relationship;

/// <summary>Agreements, confirmations and pulse answers ⇄ rows of the Relationship table, one partition per circle.</summary>
/// <remarks>One "agreement" row (written under its ETag); a confirmation and a pulse answer are rows of their own, keyed by the
/// person ("agreementConfirm_{person}", "pulse_{person}_{number}"): two members confirming at once never overwrite each other, an
/// answer is inserted (a second one for the same pulse is a 409, so nothing is overwritten), and a member's rows are found by key.</remarks>
internal static class RelationshipRows
{
    public const string AgreementKey = "agreement";
    public const string Confirmations = "agreementConfirm_";
    public const string Pulses = "pulse_";
    public const string Endings = "ending_";
    public const string InactivityKey = "inactivity";

    /// <summary>The circle's inactivity flag: dates and the circle's choice, no person (whoever answered, it is the circle's).</summary>
    public static TableEntity ToRow(string partition, Mentoring.Core.Ending.InactivityFlag f) => new(partition, InactivityKey)
    {
        ["RaisedAt"] = f.RaisedAt,
        ["WarnedAt"] = f.WarnedAt,
        ["Choice"] = f.Choice?.ToString(),
        ["ResolvedAt"] = f.ResolvedAt,
    };

    public static Mentoring.Core.Ending.InactivityFlag ToInactivity(TableEntity row) => new(
        row.GetDateTimeOffset("RaisedAt") ?? default, row.GetDateTimeOffset("WarnedAt"),
        Enum.TryParse<Mentoring.Core.Ending.InactivityChoice>(row.GetString("Choice"), out var choice) ? choice : null,
        row.GetDateTimeOffset("ResolvedAt"));

    public static string ConfirmationKey(PersonId person) => $"{Confirmations}{person}";

    public static string PulseKey(PersonId person, int number) => $"{Pulses}{person}_{number.ToString("D3", CultureInfo.InvariantCulture)}";

    public static TableEntity ToRow(string partition, Agreement a) => new(partition, AgreementKey)
    {
        ["WrittenBy"] = a.WrittenBy.Value,
        ["Json"] = JsonSerializer.Serialize(StoredAgreement.From(a), StoredJson.Options),
    };

    public static Agreement ToAgreement(TableEntity row) =>
        (JsonSerializer.Deserialize<StoredAgreement>(row.GetString("Json"), StoredJson.Options) ?? throw new InvalidDataException("Stored agreement is null."))
        .ToAgreement(row.GetGuid("WrittenBy") ?? Guid.Empty);

    public static TableEntity ToRow(string partition, AgreementConfirmation c) => new(partition, ConfirmationKey(c.Person))
    {
        ["AuthorId"] = c.Person.Value,
        ["Version"] = c.Version,
        ["ConfirmedAt"] = c.ConfirmedAt,
    };

    public static AgreementConfirmation ToConfirmation(TableEntity row) =>
        new(new PersonId(row.GetGuid("AuthorId") ?? Guid.Empty), row.GetInt32("Version") ?? 0, row.GetDateTimeOffset("ConfirmedAt") ?? default);

    public static string EndingKey(PersonId person, int round) => $"{Endings}{person}_{round.ToString("D3", CultureInfo.InvariantCulture)}";

    public static TableEntity ToRow(string partition, Mentoring.Core.Ending.EndingAnswer e) => new(partition, EndingKey(e.Person, e.Round))
    {
        ["AuthorId"] = e.Person.Value,
        ["Round"] = e.Round,
        ["Choice"] = e.Choice.ToString(),
        ["Months"] = e.Months,
        ["AnsweredAt"] = e.AnsweredAt,
    };

    public static Mentoring.Core.Ending.EndingAnswer ToEnding(TableEntity row) => new(
        new PersonId(row.GetGuid("AuthorId") ?? Guid.Empty), row.GetInt32("Round") ?? 0,
        Enum.TryParse<Mentoring.Core.Ending.EndingChoice>(row.GetString("Choice"), out var choice) ? choice : Mentoring.Core.Ending.EndingChoice.Close,
        row.GetInt32("Months") ?? 0, row.GetDateTimeOffset("AnsweredAt") ?? default);

    public static TableEntity ToRow(string partition, PulseAnswer p) => new(partition, PulseKey(p.Person, p.Number))
    {
        ["AuthorId"] = p.Person.Value,
        ["Number"] = p.Number,
        ["Useful"] = p.Useful,
        ["Working"] = p.Working,
        ["AnsweredAt"] = p.AnsweredAt,
    };

    public static PulseAnswer ToPulse(TableEntity row) => new(
        new PersonId(row.GetGuid("AuthorId") ?? Guid.Empty), row.GetInt32("Number") ?? 0, row.GetInt32("Useful") ?? 0, row.GetInt32("Working") ?? 0,
        row.GetDateTimeOffset("AnsweredAt") ?? default);

    /// <summary>The agreement's terms as stored; who wrote it is a column of its own, so an erasure can remove it alone.</summary>
    private sealed record StoredAgreement(
        int Version, AgreementFrequency Frequency, int DurationMonths, int ExtendedMonths, string Communication, string Rules, DateTimeOffset WrittenAt)
    {
        public static StoredAgreement From(Agreement a) =>
            new(a.Version, a.Frequency, a.DurationMonths, a.ExtendedMonths, a.Communication, a.Rules, a.WrittenAt);

        public Agreement ToAgreement(Guid writtenBy) =>
            new(Version, Frequency, DurationMonths, ExtendedMonths, Communication, Rules, new PersonId(writtenBy), WrittenAt);
    }
}
