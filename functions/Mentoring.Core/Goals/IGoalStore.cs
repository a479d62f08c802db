using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>Goals and placements, one partition per circle: a circle's whole board is one read.</summary>
public interface IGoalStore
{
    /// <summary>The reader's goals and the others' shared ones, with their placements; nobody's private goal leaves the store.</summary>
    Task<GoalBoard> ReadAsync(TenantId tenant, CircleId circle, PersonId reader, CancellationToken cancellationToken = default);

    /// <summary>Every member's goals reduced to numbers (<see cref="GoalScore"/>), private ones included: for cohort figures only.</summary>
    /// <remarks>One query of the circle's partition, whatever the number of months placed.</remarks>
    Task<IReadOnlyList<GoalScore>> ReadScoresAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Adds a goal in its slot; a slot already taken (a goal added meanwhile) is a conflict <c>goal.changed</c>.</summary>
    Task<Result<Versioned<Goal>>> AddAsync(TenantId tenant, CircleId circle, Goal goal, CancellationToken cancellationToken = default);

    /// <summary>Replaces a goal at the version read; a changed version is a conflict <c>goal.changed</c>.</summary>
    Task<Result<Versioned<Goal>>> ReplaceAsync(TenantId tenant, CircleId circle, Goal goal, string version, CancellationToken cancellationToken = default);

    /// <summary>Writes a month's placements at once (one transaction), replacing any of the same goal and month.</summary>
    Task PutPlacementsAsync(TenantId tenant, CircleId circle, IReadOnlyList<GoalPlacement> placements, CancellationToken cancellationToken = default);
}
