using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.Ending;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Matching;

/// <summary>A cohort with a past, written through the product's stores: peer groups of three formed from it, one goal per person
/// (baseline −1), and, per month added, a placement on every goal and (every other month) a pulse answer from everyone.</summary>
/// <remarks>The people are ids of no directory: the stores do not ask, and the programme view reads no directory.</remarks>
public sealed class ProgrammeCohort(IServiceProvider services, TenantId tenant, PersonId coordinator, DateTimeOffset start)
{
    public const string GoalTitle = "Trois entretiens informatifs dans le secteur visé";

    private readonly List<Circle> circles = [];
    private readonly Dictionary<PersonId, Guid> goalOf = [];
    private int months;

    public Guid Id { get; } = Guid.NewGuid();

    public IReadOnlyList<Circle> Circles => circles;

    public async Task CreateAsync(int people)
    {
        var members = Enumerable.Range(0, people).Select(_ => new PersonId(Guid.NewGuid())).ToArray();
        await services.GetRequiredService<ICohortStore>().AddCohortAsync(new Cohort(Id, tenant, "Programme", members, coordinator, start));
        var groups = members.Chunk(3).Select((g, i) => new FormingGroup(
            Guid.NewGuid(), tenant, Id, $"Groupe {i + 1}", [.. g.Select(p => new GroupMember(p, "Pair", GroupAnswer.Accepted))], false, true, start)).ToArray();
        await services.GetRequiredService<ICohortStore>().AddGroupsAsync(groups);
        var cadence = new Cadence(new WeeklyPattern(2, DayOfWeek.Tuesday), DateOnly.FromDateTime(start.UtcDateTime), new TimeOnly(12, 30), TimeSpan.FromMinutes(45), "Europe/Paris", new NumberedRange(24));
        foreach (var group in groups)
        {
            var circle = new Circle(group.Circle, tenant, CircleKind.PeerGroup, group.Name, "S'entraider",
                [.. group.Members.Select((m, i) => new Member(m.Person, MemberRole.Peer, $"Pair {i}", ""))], cadence, CircleStatus.Active, start);
            await services.GetRequiredService<ICircleStore>().AddAsync(circle);
            circles.Add(circle);
            foreach (var member in circle.Members)
            {
                var goal = Goal.Create(Guid.NewGuid(), member.PersonId, 1, new GoalDraft("step", GoalTitle, ["Aucun", "Un", "Trois", "Cinq", "Huit"]), start).Value;
                await services.GetRequiredService<IGoalStore>().AddAsync(tenant, circle.Id, goal);
                goalOf[member.PersonId] = goal.Id;
            }
        }
    }

    /// <summary>One more month of history: everyone places themselves one level higher (up to +2), pulses every other month.</summary>
    public async Task AddMonthsAsync(int count)
    {
        var goals = services.GetRequiredService<IGoalStore>();
        var relationships = services.GetRequiredService<IRelationshipStore>();
        for (var i = 0; i < count; i++)
        {
            months++;
            var at = start.AddMonths(months);
            var month = at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var circle in circles)
            {
                // One transaction per circle and month, as the tab writes a month's placements.
                await goals.PutPlacementsAsync(tenant, circle.Id, [.. circle.Members.Select(m => new GoalPlacement(goalOf[m.PersonId], m.PersonId, month, Math.Min(2, -1 + months), at))]);
                foreach (var member in circle.Members.Where(_ => months % 2 == 1))
                {
                    // The first pulse is low for everyone ("working" 2), the later ones are not.
                    await relationships.AddPulseAsync(tenant, circle.Id, new PulseAnswer(member.PersonId, (months / 2) + 1, 4, months == 1 ? 2 : 5, at));
                }
            }
        }
    }

    /// <summary>Closes a circle: through the end question (a member answered "close") or without it (left early).</summary>
    public async Task CloseAsync(Circle circle, bool throughTheEndQuestion)
    {
        if (throughTheEndQuestion)
        {
            await services.GetRequiredService<IRelationshipStore>().AddEndingAsync(
                tenant, circle.Id, new EndingAnswer(circle.Members[0].PersonId, 1, EndingChoice.Close, 0, start.AddMonths(months)));
        }

        var store = services.GetRequiredService<ICircleStore>();
        var found = (await store.FindAsync(tenant, circle.Id))!;
        var closed = found.Value with { Status = CircleStatus.Closed };
        Assert.True((await store.ReplaceAsync(found.Value, closed, found.Version)).IsSuccess);
    }
}
