namespace Mentoring.Core.Goals;

/// <summary>Who besides its author sees a goal (its title, level texts and placements).</summary>
/// <remarks>Private by default: the least-sight table gives a goal's texts to its author only, unless they share it.</remarks>
public enum GoalSharing
{
    /// <summary>The author only: the circle's other members do not even see that it exists.</summary>
    Private,

    /// <summary>The circle's other members (the mentor in a mentorship, the peers in a group), never a coordinator.</summary>
    Circle,
}
