using Mentoring.Core.Privacy;

namespace Mentoring.Functions.Privacy;

/// <summary>The export file: who, when, which stores were read, and every record found.</summary>
public sealed record ExportResponse(string TenantId, string PersonId, DateTimeOffset ExportedAt, IReadOnlyList<string> Stores, IReadOnlyList<PersonalRecord> Records)
{
    public static ExportResponse From(PersonalDataExport export) =>
        new(export.Tenant.ToString(), export.Person.ToString(), export.ExportedAt.ToUniversalTime(), export.Stores, export.Records);
}
