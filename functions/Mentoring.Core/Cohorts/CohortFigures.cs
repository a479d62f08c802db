namespace Mentoring.Core.Cohorts;

/// <summary>How many people of a cohort accepted, have not answered, declined; a figure about fewer than
/// <see cref="MinPeople"/> people is null, shown as "fewer than 5".</summary>
public sealed record CohortFigures(int? Accepted, int? Invited, int? Declined)
{
    public const int MinPeople = 5;

    public static CohortFigures Of(Cohort cohort) => new(Shown(cohort.Members.Count), Shown(cohort.Invited.Count), Shown(cohort.Declined.Count));

    /// <summary>The count, or null when it is about fewer than <see cref="MinPeople"/> people (zero included).</summary>
    public static int? Shown(int count) => count >= MinPeople ? count : null;
}
