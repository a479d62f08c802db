using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>A circle's goals and placements as one reader may see them: theirs, and the others' shared goals.</summary>
/// <remarks>Built by the store, which lets no private goal of another member (nor its placements) out.</remarks>
public sealed record GoalBoard(IReadOnlyList<Common.Versioned<Goal>> Goals, IReadOnlyList<GoalPlacement> Placements)
{
    public IEnumerable<Common.Versioned<Goal>> Of(PersonId author) => Goals.Where(g => g.Value.Author == author).OrderBy(g => g.Value.Slot);

    public IEnumerable<GoalPlacement> PlacementsOf(Guid goal) => Placements.Where(p => p.GoalId == goal).OrderBy(p => p.Month, StringComparer.Ordinal);

    /// <summary>The level the author stands at now: their latest placement, or the baseline when they have placed none.</summary>
    public int CurrentLevel(Goal goal) => PlacementsOf(goal.Id).LastOrDefault()?.Level ?? goal.Baseline;
}
