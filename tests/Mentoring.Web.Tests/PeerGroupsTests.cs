using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The personal tab's « Groupes de pairs »: Léa starts an open group, Nicolas joins it from « Groupes ouverts », Priya (in
/// English) joins third, and the group becomes a peer-group circle in her « My circles ». Nobody is in a circle without
/// having said yes: starting and joining are each person's own yes.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PeerGroupsTests(SecondBrowserFixture fixture)
{
    private const string Lea = "lea.dubois@contoso.example";
    private const string Priya = "priya.nair@contoso.example";

    /// <summary>Not Camille: her tab is the README's screenshot, which should not show a test's circle.</summary>
    private const string Nicolas = "nicolas.thomas@contoso.example";

    [Fact]
    public async Task An_open_group_started_by_one_becomes_a_circle_when_the_third_person_joins()
    {
        var name = "Data à Nantes " + Guid.NewGuid().ToString("N")[..6];

        var lea = await OpenGroupsAsync(Lea, "", "Trouver", "Groupes de pairs");
        var leaGroups = lea.Tab().GetByRole(AriaRole.Region, new() { Name = "Groupes de pairs" });
        await leaGroups.GetByLabel("Nom du groupe").FillAsync(name);
        await leaGroups.GetByRole(AriaRole.Button, new() { Name = "Lancer le groupe" }).ClickAsync();
        await Expect(leaGroups.GetByRole(AriaRole.Status)).ToHaveTextAsync($"C'est fait : « {name} ».");
        var started = leaGroups.GetByRole(AriaRole.Region, new() { Name = "Proposés pour moi" }).GetByRole(AriaRole.Group, new() { Name = name });
        await Expect(started).ToContainTextAsync("1 sur 1 ont accepté");
        Assert.Empty(await lea.SeriousViolationsAsync());

        var nicolas = await OpenGroupsAsync(Nicolas, "", "Trouver", "Groupes de pairs");
        var nicolasGroups = nicolas.Tab().GetByRole(AriaRole.Region, new() { Name = "Groupes de pairs" });
        var open = nicolasGroups.GetByRole(AriaRole.Region, new() { Name = "Groupes ouverts" }).GetByRole(AriaRole.Group, new() { Name = name });
        await Expect(open).ToContainTextAsync("Léa Dubois");
        await open.GetByRole(AriaRole.Button, new() { Name = $"Rejoindre « {name} »" }).ClickAsync();
        await Expect(nicolasGroups.GetByRole(AriaRole.Status)).ToHaveTextAsync($"C'est fait : « {name} ».");
        await Expect(nicolasGroups.GetByRole(AriaRole.Region, new() { Name = "Proposés pour moi" }).GetByRole(AriaRole.Group, new() { Name = name }))
            .ToContainTextAsync("2 sur 2 ont accepté");
        Assert.Empty(await nicolas.SeriousViolationsAsync());

        // Two people are not a group yet: nobody has a circle by that name.
        await nicolas.Tab().GetByRole(AriaRole.Tab, new() { Name = "Mes cercles" }).ClickAsync();
        await Expect(nicolas.Tab().GetByRole(AriaRole.Heading, new() { Name = "Mes cercles" })).ToBeVisibleAsync();
        await Expect(nicolas.Tab().GetByRole(AriaRole.Group, new() { Name = name })).ToHaveCountAsync(0);

        var priya = await OpenGroupsAsync(Priya, "&locale=en-US", "Find", "Peer groups");
        var priyaGroups = priya.Tab().GetByRole(AriaRole.Region, new() { Name = "Peer groups" });
        await priyaGroups.GetByRole(AriaRole.Region, new() { Name = "Open groups" }).GetByRole(AriaRole.Group, new() { Name = name })
            .GetByRole(AriaRole.Button, new() { Name = $"Join \"{name}\"" }).ClickAsync();
        await Expect(priyaGroups.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Everyone said yes: \"{name}\" became a circle, find it in \"My circles\".");
        await Expect(priyaGroups.GetByRole(AriaRole.Group, new() { Name = name })).ToHaveCountAsync(0); // formed: no longer forming
        Assert.Empty(await priya.SeriousViolationsAsync());

        await priya.Tab().GetByRole(AriaRole.Tab, new() { Name = "My circles" }).ClickAsync();
        await Expect(priya.Tab().GetByRole(AriaRole.Group, new() { NameRegex = new Regex(Regex.Escape(name)) })).ToBeVisibleAsync();
        await nicolas.ReloadAsync();
        await Expect(nicolas.Tab().GetByRole(AriaRole.Group, new() { NameRegex = new Regex(Regex.Escape(name)) })).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenGroupsAsync(string user, string locale, string tab, string heading)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user, locale));
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        return page;
    }
}
