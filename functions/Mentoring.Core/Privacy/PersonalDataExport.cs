using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Everything the product holds about one person, read from every store at <see cref="ExportedAt"/>.</summary>
/// <remarks>Records come grouped by store then kind, so two exports of the same data read alike.</remarks>
public sealed record PersonalDataExport(TenantId Tenant, PersonId Person, DateTimeOffset ExportedAt, IReadOnlyList<string> Stores, IReadOnlyList<PersonalRecord> Records);
