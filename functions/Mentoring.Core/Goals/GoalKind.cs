namespace Mentoring.Core.Goals;

/// <summary>What a goal is about, as a bilan de compétences words it: the tab offers example levels for each kind.</summary>
public enum GoalKind
{
    /// <summary>A job to reach ("chargée de communication dans l'ESS").</summary>
    TargetJob,

    /// <summary>A skill to acquire or prove ("animer un atelier").</summary>
    Skill,

    /// <summary>A step on the way ("trois entretiens informatifs").</summary>
    Step,
}
