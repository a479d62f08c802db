using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>People of one tenant gathered by a coordinator (say, those who finished the same <i>bilan</i> programme), from whom
/// peer groups are proposed.</summary>
/// <remarks>
/// Invariants: 3 to <see cref="MaxMembers"/> different people of <see cref="Tenant"/> asked; a name of 1–120 characters.
/// Joining is an invitation: <see cref="Members"/> are those who accepted (the only ones shown or grouped), <see cref="Invited"/>
/// those who have not answered, <see cref="Declined"/> those who said no (never shown, never grouped). Only the coordinator who
/// created it and the co-coordinators they named see it (<see cref="IsCoordinatedBy"/>).
/// </remarks>
public sealed record Cohort(Guid Id, TenantId Tenant, string Name, IReadOnlyList<PersonId> Members, PersonId CreatedBy, DateTimeOffset CreatedAt)
{
    /// <summary>Enough for a programme's intake; bounds what one request makes the directory and the stores read.</summary>
    public const int MaxMembers = 200;

    public IReadOnlyList<PersonId> Invited { get; init; } = [];

    public IReadOnlyList<PersonId> Declined { get; init; } = [];

    public IReadOnlyList<PersonId> CoCoordinators { get; init; } = [];

    public bool IsCoordinatedBy(PersonId person) => CreatedBy == person || CoCoordinators.Contains(person);
}
