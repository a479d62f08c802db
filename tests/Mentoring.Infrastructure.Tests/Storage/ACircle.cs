using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>Valid circles built directly (validation is Core's concern and tested there), each in a tenant of its own.</summary>
internal static class ACircle
{
    /// <summary>Not on a whole second, with an offset: storage must keep the instant exactly.</summary>
    public static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 1, 5, 10, 30, 15, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    public static Cadence MonthlyCadence { get; } =
        new(new MonthlyOnWeekdayPattern(1, WeekOfMonth.Second, DayOfWeek.Tuesday), new DateOnly(2026, 1, 13), new TimeOnly(18, 0), TimeSpan.FromMinutes(60), "Europe/Paris", new NumberedRange(6));

    public static Circle Mentorship(Person mentor, Person mentee) => new(
        new CircleId(Guid.NewGuid()),
        mentor.Tenant,
        CircleKind.Mentorship,
        "Prise de poste",
        "Trouver ses marques.\nEn six mois.",
        [new Member(mentor.Id, MemberRole.Mentor, mentor.DisplayName, "Transmettre"), new Member(mentee.Id, MemberRole.Mentee, mentee.DisplayName, "Apprendre")],
        MonthlyCadence,
        CircleStatus.Active,
        CreatedAt);

    public static Circle PeerGroup(params Person[] peers) => new(
        new CircleId(Guid.NewGuid()),
        peers[0].Tenant,
        CircleKind.PeerGroup,
        "Nouveaux managers",
        "S'entraider",
        [.. peers.Select(p => new Member(p.Id, MemberRole.Peer, p.DisplayName, ""))],
        new Cadence(new WeeklyPattern(2, DayOfWeek.Tuesday), new DateOnly(2026, 1, 13), new TimeOnly(12, 30), TimeSpan.FromMinutes(45), "Europe/Paris", new NumberedRange(12)),
        CircleStatus.Active,
        CreatedAt);

    public static Person[] PeopleIn(TenantId tenant, int count) => [.. Enumerable.Range(1, count).Select(i => APerson.In(tenant, $"Peer{i}"))];
}
