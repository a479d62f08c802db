using Mentoring.Core.Circles;
using Mentoring.Core.Ending;
using Mentoring.Core.Goals;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Cohorts;

/// <summary>What the programme figures take from one circle formed from a cohort: numbers only, of the cohort's people only.</summary>
/// <param name="People">The circle's members who are in the cohort (a group can be joined from outside it once open).</param>
public sealed record ProgrammeCircle(
    CircleStatus Status, int People, IReadOnlyList<GoalScore> Goals, IReadOnlyList<PulseAnswer> Pulses, IReadOnlyList<EndingAnswer> Endings)
{
    /// <summary>Closed through the end question (someone answered "close" in the two weeks before the agreed end).</summary>
    public bool EndedAsAgreed => Status == CircleStatus.Closed && Endings.Any(e => e.Choice == EndingChoice.Close);

    /// <summary>Closed any other way: left, closed by its organizer, or closed for inactivity, before its agreed end.</summary>
    public bool LeftEarly => Status == CircleStatus.Closed && !EndedAsAgreed;
}
