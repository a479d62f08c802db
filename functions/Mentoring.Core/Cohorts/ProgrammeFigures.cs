using Mentoring.Core.Goals;

namespace Mentoring.Core.Cohorts;

/// <summary>The coordinator's programme view of a cohort: what its circles achieve, in figures about five people or more.</summary>
/// <remarks>
/// Every figure is null when it is about fewer than <see cref="CohortFigures.MinPeople"/> people (all of them for a cohort of
/// fewer than five who accepted): objectives and T-scores, the people who wrote objectives; pulses, the people who answered;
/// an ending figure, the cohort's people in the circles it counts. Never an objective's text, never a person's score: the
/// medians are of five scores or more. T-scores are Kiresuk–Sherman's (<see cref="GoalAttainment"/>), one per person and
/// circle, rounded to 0.1.
/// </remarks>
public sealed record ProgrammeFigures(
    int? ObjectivesWritten, int? PeopleWithObjectives, double? MedianTScoreStart, double? MedianTScoreNow,
    int? PulsesAnswered, double? LowPulseShare, int? EndedAsAgreed, int? LeftEarly)
{
    public static readonly ProgrammeFigures Hidden = new(null, null, null, null, null, null, null, null);

    public static ProgrammeFigures Of(int cohortPeople, IReadOnlyList<ProgrammeCircle> circles)
    {
        ArgumentNullException.ThrowIfNull(circles);
        if (CohortFigures.Shown(cohortPeople) is null)
        {
            return Hidden;
        }

        var scored = circles.SelectMany(c => c.Goals.GroupBy(g => g.Author)).ToArray();
        var writers = CohortFigures.Shown(scored.Length) is not null;
        var pulses = circles.SelectMany(c => c.Pulses).ToArray();
        var answerers = CohortFigures.Shown(pulses.Select(p => p.Person).Distinct().Count()) is not null;
        var agreed = circles.Where(c => c.EndedAsAgreed).ToArray();
        var early = circles.Where(c => c.LeftEarly).ToArray();
        return new ProgrammeFigures(
            writers ? scored.Sum(s => s.Count()) : null,
            writers ? scored.Length : null,
            writers ? Median(scored.Select(s => Score(s, g => g.Baseline))) : null,
            writers ? Median(scored.Select(s => Score(s, g => g.Current))) : null,
            answerers ? pulses.Length : null,
            answerers ? Math.Round((double)pulses.Count(p => p.IsLow) / pulses.Length, 3) : null,
            CohortFigures.Shown(agreed.Sum(c => c.People)) is null ? null : agreed.Length,
            CohortFigures.Shown(early.Sum(c => c.People)) is null ? null : early.Length);
    }

    private static double Score(IEnumerable<GoalScore> goals, Func<GoalScore, int> level) =>
        GoalAttainment.TScore([.. goals.Select(g => (g.Weight, level(g)))])!.Value; // a group has one goal or more

    /// <summary>The middle score (the mean of the two middle ones for an even count), rounded to 0.1 as the goals view rounds.</summary>
    internal static double Median(IEnumerable<double> scores)
    {
        var sorted = scores.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }
}
