using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>« Le programme » in the coordinator's cohort panel (issue 23 item 7): figures only, « non affiché » under five people,
/// in French and English and in Teams' three themes without a serious axe violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgrammeFiguresTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_coordinator_reads_the_programme_s_figures_in_French_and_English_in_every_theme()
    {
        var name = "Programme " + Guid.NewGuid().ToString("N")[..6];
        await SeedAsync(name);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Sections.Coordinator));
        var programme = await ProgrammeAsync(page, "Cohortes", "Cohorte affichée", name, "Le programme", "Chiffres du programme");
        // Ten people with one goal each at −1 (T = 40), placed at 0 this month (T = 50); no pulse yet, nothing closed.
        await Expect(programme.GetByRole(AriaRole.Row, new() { Name = "Objectifs écrits" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync("10");
        await Expect(programme.GetByRole(AriaRole.Row, new() { Name = "Score T médian au départ" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync("40,0");
        await Expect(programme.GetByRole(AriaRole.Row, new() { Name = "Score T médian aujourd'hui" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync("50,0");
        await Expect(programme.GetByRole(AriaRole.Row, new() { Name = "Réponses au pouls de la relation" }).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync("non affiché (moins de 5 personnes)");
        await Expect(programme).Not.ToContainTextAsync(GoalTitle);
        Assert.Empty(await page.SeriousViolationsAsync());

        foreach (var theme in new[] { "dark", "contrast" })
        {
            var themed = await fixture.NewPageAsync();
            await themed.GotoAsync(fixture.TeamsUrl(Sections.Coordinator, $"&locale=en-US&theme={theme}"));
            var english = await ProgrammeAsync(themed, "Cohorts", "Cohort shown", name, "The programme", "Programme figures");
            await Expect(english.GetByRole(AriaRole.Row, new() { Name = "Median T-score now" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync("50.0");
            await Expect(english.GetByRole(AriaRole.Row, new() { Name = "Circles ended as agreed" }).GetByRole(AriaRole.Cell))
                .ToHaveTextAsync("not shown (fewer than 5 people)");
            var found = (await themed.SeriousViolationsAsync()).ToList();
            Assert.True(found.Count == 0, $"{theme}: {string.Join("\n", found)}");
        }
    }

    private const string GoalTitle = "Trois entretiens informatifs";

    /// <summary>Opens the cohort's panel and its programme figures (loaded with the click: the #cohorts page does not carry them).</summary>
    private static async Task<ILocator> ProgrammeAsync(IPage page, string tabName, string picker, string cohort, string heading, string show)
    {
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = tabName }).ClickAsync();
        await tab.GetByRole(AriaRole.Combobox, new() { Name = picker }).SelectOptionAsync(new SelectOptionValue { Label = cohort });
        var programme = tab.GetByRole(AriaRole.Region, new() { Name = heading });
        var button = programme.GetByRole(AriaRole.Button, new() { Name = show });
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(programme.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        return programme;
    }

    /// <summary>A cohort of ten people (ids of no directory: the view reads none) in two formed groups of five, Manon coordinating,
    /// one goal each at −1 placed at 0 this month; written through the product's stores.</summary>
    private async Task SeedAsync(string name)
    {
        var services = fixture.Host.Services;
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var manon = DemoDirectory.Users.Single(u => u.Email.StartsWith("manon.lefevre", StringComparison.Ordinal));
        var now = fixture.Clock.GetUtcNow();
        var people = Enumerable.Range(0, 10).Select(_ => new PersonId(Guid.NewGuid())).ToArray();
        var cohort = new Cohort(Guid.NewGuid(), tenant, name, people, new PersonId(manon.Id), now);
        await services.GetRequiredService<ICohortStore>().AddCohortAsync(cohort);
        var groups = people.Chunk(5).Select((g, i) => new FormingGroup(
            Guid.NewGuid(), tenant, cohort.Id, $"{name} · {i + 1}", [.. g.Select(p => new GroupMember(p, $"Pair {p.Value:N}"[..9], GroupAnswer.Accepted))], false, true, now)).ToArray();
        await services.GetRequiredService<ICohortStore>().AddGroupsAsync(groups);
        var cadence = new Cadence(new WeeklyPattern(2, DayOfWeek.Tuesday), DateOnly.FromDateTime(now.UtcDateTime), new TimeOnly(12, 30), TimeSpan.FromMinutes(45), "Europe/Paris", new NumberedRange(12));
        foreach (var group in groups)
        {
            var circle = new Circle(group.Circle, tenant, CircleKind.PeerGroup, group.Name, "S'entraider",
                [.. group.Members.Select(m => new Member(m.Person, MemberRole.Peer, m.DisplayName, ""))], cadence, CircleStatus.Active, now);
            await services.GetRequiredService<ICircleStore>().AddAsync(circle);
            foreach (var member in circle.Members)
            {
                var goal = Goal.Create(Guid.NewGuid(), member.PersonId, 1, new GoalDraft("step", GoalTitle, ["Aucun", "Un", "Trois", "Cinq", "Huit"]), now).Value;
                await services.GetRequiredService<IGoalStore>().AddAsync(tenant, circle.Id, goal);
                await services.GetRequiredService<IGoalStore>().PutPlacementsAsync(tenant, circle.Id, [new GoalPlacement(goal.Id, member.PersonId, PlaceGoals.MonthOf(circle, now), 0, now)]);
            }
        }
    }
}
