using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.People;

/// <summary>A user of a tenant, as the directory knows them.</summary>
/// <param name="Locale">A BCP 47 tag such as <c>fr-FR</c>; drives the language of what they read.</param>
/// <param name="TimeZone">An IANA time zone id such as <c>Europe/Paris</c>.</param>
/// <param name="UserType">A member of the tenant or a guest; both can belong to circles.</param>
/// <param name="WorkingHours">What their mailbox says, when it says anything (a guest has no mailbox in the tenant).</param>
public sealed record Person(
    TenantId Tenant,
    PersonId Id,
    string DisplayName,
    string Email,
    string Locale,
    string TimeZone,
    UserType UserType = UserType.Member,
    WorkingHours? WorkingHours = null);
