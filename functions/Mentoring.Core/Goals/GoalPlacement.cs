using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>Where the author stood on one goal in one month: one per goal and month, a later answer that month replaces it.</summary>
/// <param name="Month">The month in the circle's time zone, "yyyy-MM".</param>
/// <param name="Level">−2 to +2.</param>
public sealed record GoalPlacement(Guid GoalId, PersonId Author, string Month, int Level, DateTimeOffset PlacedAt);
