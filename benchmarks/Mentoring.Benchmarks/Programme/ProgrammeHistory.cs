using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Benchmarks.Programme;

/// <summary>
/// A cohort and its past written through the product's stores (the API would need 200 people of the directory): peer groups
/// of four formed from it, three goals per person, then per month a placement on every goal (one transaction per circle, as
/// the tab writes a month) and, every other month, a pulse answer from everyone.
/// </summary>
internal sealed class ProgrammeHistory(IServiceProvider services, TenantId tenant, PersonId coordinator, DateTimeOffset start)
{
    private const int GroupSize = 4;
    private const int GoalsPerPerson = 3;
    private static readonly ParallelOptions Parallel8 = new() { MaxDegreeOfParallelism = 8 };

    private readonly List<(Circle Circle, Goal[] Goals)> circles = [];
    private int months;

    public Guid Id { get; } = Guid.NewGuid();

    public int Circles => circles.Count;

    public int Months => months;

    public async Task CreateAsync(int people)
    {
        var members = Enumerable.Range(0, people).Select(_ => new PersonId(Guid.NewGuid())).ToArray();
        var cohorts = services.GetRequiredService<ICohortStore>();
        await cohorts.AddCohortAsync(new Cohort(Id, tenant, "Bilan de compétences – programme 200", members, coordinator, start));
        var groups = members.Chunk(GroupSize).Select((g, i) => new FormingGroup(
            Guid.NewGuid(), tenant, Id, $"Groupe {i + 1}", [.. g.Select(p => new GroupMember(p, "Pair", GroupAnswer.Accepted))], false, true, start)).ToArray();
        await cohorts.AddGroupsAsync(groups);
        var cadence = new Cadence(
            new WeeklyPattern(2, DayOfWeek.Tuesday), DateOnly.FromDateTime(start.UtcDateTime), new TimeOnly(12, 30), TimeSpan.FromMinutes(45), "Europe/Paris", new NumberedRange(40));
        var made = new (Circle, Goal[])[groups.Length];
        await Parallel.ForEachAsync(groups.Select((g, i) => (g, i)), Parallel8, async (x, ct) =>
        {
            var circle = new Circle(x.g.Circle, tenant, CircleKind.PeerGroup, x.g.Name, "S'entraider",
                [.. x.g.Members.Select((m, i) => new Member(m.Person, MemberRole.Peer, $"Pair {i}", ""))], cadence, CircleStatus.Active, start);
            await services.GetRequiredService<ICircleStore>().AddAsync(circle, ct);
            var goals = circle.Members.SelectMany(m => Enumerable.Range(1, GoalsPerPerson).Select(slot => Goal.Create(Guid.NewGuid(), m.PersonId, slot,
                new GoalDraft("step", $"Objectif {slot}", ["Aucun", "Un", "Trois", "Cinq", "Huit"], Weight: slot), start).Value)).ToArray();
            foreach (var goal in goals)
            {
                await services.GetRequiredService<IGoalStore>().AddAsync(tenant, circle.Id, goal, ct);
            }

            made[x.i] = (circle, goals);
        });
        circles.AddRange(made);
    }

    public async Task AddMonthsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            months++;
            var at = start.AddMonths(months);
            var month = at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var pulse = months % 2 == 1 ? (months / 2) + 1 : 0;
            await Parallel.ForEachAsync(circles, Parallel8, async (c, ct) =>
            {
                var level = Math.Min(2, -1 + months);
                await services.GetRequiredService<IGoalStore>().PutPlacementsAsync(tenant, c.Circle.Id, [.. c.Goals.Select(g => new GoalPlacement(g.Id, g.Author, month, level, at))], ct);
                foreach (var member in c.Circle.Members.Where(_ => pulse > 0))
                {
                    await services.GetRequiredService<IRelationshipStore>().AddPulseAsync(tenant, c.Circle.Id, new PulseAnswer(member.PersonId, pulse, 4, pulse == 1 ? 2 : 5, at), ct);
                }
            });
        }
    }
}
