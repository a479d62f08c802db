using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;

namespace Mentoring.Functions.Matching;

/// <summary>A cohort: its name, the people who accepted and those who have not answered yet (those who declined are not shown).</summary>
public sealed record CohortResponse(Guid Id, string Name, IReadOnlyList<Guid> Members, IReadOnlyList<Guid> Invited, DateTimeOffset CreatedAt)
{
    public static CohortResponse From(Cohort c) => new(c.Id, c.Name, [.. c.Members.Select(m => m.Value)], [.. c.Invited.Select(m => m.Value)], c.CreatedAt);
}

/// <summary>A forming group and each member's answer; <see cref="CircleId"/> once it became a circle.</summary>
public sealed record FormingGroupResponse(Guid Id, Guid? CohortId, string Name, IReadOnlyList<GroupMemberResponse> Members, bool Open, bool Formed, Guid? CircleId)
{
    public static FormingGroupResponse From(FormingGroup g) => new(
        g.Id, g.CohortId, g.Name, [.. g.Members.Select(m => new GroupMemberResponse(m.Person.Value, m.DisplayName, m.Answer))], g.Open, g.Formed,
        g.Formed ? g.Circle.Value : null);
}

/// <summary>One member of a forming group.</summary>
public sealed record GroupMemberResponse(Guid PersonId, string DisplayName, GroupAnswer Answer);

/// <summary>The groups proposed for a cohort and the people not grouped because they are not visible as peers.</summary>
public sealed record ProposalResponse(IReadOnlyList<FormingGroupResponse> Groups, IReadOnlyList<Guid> NotVisible)
{
    public static ProposalResponse From(Proposal p) => new([.. p.Groups.Select(FormingGroupResponse.From)], [.. p.NotVisible.Select(n => n.Value)]);
}

/// <summary>The coordinator's view: activity only; a figure about fewer than five people is null ("fewer than 5").</summary>
public sealed record CohortViewResponse(
    CohortResponse Cohort, IReadOnlyList<CohortMemberResponse> Members, IReadOnlyList<FormingGroupResponse> Forming, IReadOnlyList<CircleActivityResponse> Circles,
    CohortFigures Figures, int FewerThan)
{
    public static CohortViewResponse From(CohortView v) => new(
        CohortResponse.From(v.Cohort),
        [.. v.Members.Select(CohortMemberResponse.From)],
        [.. v.Forming.Select(FormingGroupResponse.From)],
        [.. v.Circles.Select(CircleActivityResponse.From)],
        v.Figures,
        CohortFigures.MinPeople);
}

/// <summary>A cohort member (who accepted) as the coordinator sees them.</summary>
public sealed record CohortMemberResponse(Guid PersonId, string DisplayName, bool InGroup, bool VisibleAsPeer)
{
    public static CohortMemberResponse From(CohortMemberStatus m) => new(m.Person.Value, m.DisplayName, m.InGroup, m.VisibleAsPeer);
}

/// <summary>A circle's activity: counts and dates, never texts.</summary>
public sealed record CircleActivityResponse(
    Guid CircleId, CircleKind Kind, string Name, CircleStatus Status, IReadOnlyList<string> Members, int SessionsHeld, DateTimeOffset? LastSession,
    int? CommitmentsMade, int? CommitmentsDone, int? CommitmentsDropped, bool StoppedMeeting, bool CommitmentsMostlyDropped)
{
    /// <summary>Held sessions whose Teams attendance report was read.</summary>
    public int SessionsWithTeamsReport { get; init; }

    /// <summary>Presences Teams reported (a count; null, shown as "fewer than 5", for a small circle).</summary>
    public int? AttendancesPerTeams { get; init; }

    public static CircleActivityResponse From(CircleActivity c) => new(
        c.CircleId.Value, c.Kind, c.Name, c.Status, c.Members, c.SessionsHeld, c.LastSession, c.CommitmentsMade, c.CommitmentsDone,
        c.CommitmentsDropped, c.StoppedMeeting, c.CommitmentsMostlyDropped)
    {
        SessionsWithTeamsReport = c.SessionsWithTeamsReport,
        AttendancesPerTeams = c.AttendancesPerTeams,
    };
}
