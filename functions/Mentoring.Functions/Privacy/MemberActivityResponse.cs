using Mentoring.Core.Cohorts;
using Mentoring.Functions.Matching;

namespace Mentoring.Functions.Privacy;

/// <summary>A cohort member's line and their circles' activity: counts and dates, never a text.</summary>
public sealed record MemberActivityResponse(CohortMemberResponse Member, IReadOnlyList<CircleActivityResponse> Circles)
{
    public static MemberActivityResponse From(MemberActivity a) => new(CohortMemberResponse.From(a.Member), [.. a.Circles.Select(CircleActivityResponse.From)]);
}
