using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>People of one tenant gathered by a coordinator (say, those who finished the same <i>bilan</i> programme), from whom
/// peer groups are proposed.</summary>
/// <remarks>Invariants: 3 to <see cref="MaxMembers"/> different people of <see cref="Tenant"/>; a name of 1–120 characters.</remarks>
public sealed record Cohort(Guid Id, TenantId Tenant, string Name, IReadOnlyList<PersonId> Members, PersonId CreatedBy, DateTimeOffset CreatedAt)
{
    /// <summary>Enough for a programme's intake; bounds what one request makes the directory and the stores read.</summary>
    public const int MaxMembers = 200;
}
