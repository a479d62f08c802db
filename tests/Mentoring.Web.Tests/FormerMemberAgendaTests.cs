using System.Text.RegularExpressions;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>What someone who erased their data shared stays in the agenda, signed « ancien membre » (the API sends no name).</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormerMemberAgendaTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("", "Ordre du jour", "par ancien membre")]
    [InlineData("&locale=en-US", "Agenda", "by former member")]
    public async Task An_item_whose_author_erased_their_data_shows_as_by_a_former_member(string locale, string heading, string by)
    {
        var text = "Point d'une personne partie " + Guid.NewGuid().ToString("N")[..6];
        var added = await AddToEveryUpcomingSessionAsync(TeamsPages.PeerGroup, text);
        try
        {
            var page = await fixture.NewPageAsync();
            await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=calendar" + locale));
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new(Regex.Escape(TeamsPages.PeerGroup)) }).First.ClickAsync();
            await Expect(page.SidePanel().GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();

            await Expect(page.SidePanel().GetByRole(AriaRole.Listitem).Filter(new() { HasText = text })).ToContainTextAsync(by);
        }
        finally
        {
            // The demo group's agenda is what the README's side-panel screenshot shows: leave it as the demo seeded it.
            await RemoveAsync(added);
        }
    }

    /// <summary>Writes the item as an erasure leaves it: the fixed former-member id for an author, through the product's own store.</summary>
    private async Task<(CircleId Circle, Versioned<AgendaItem>[] Items)> AddToEveryUpcomingSessionAsync(string circleName, string text)
    {
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var camille = new PersonId(DemoDirectory.Users.Single(u => u.UserPrincipalName == TeamsPages.Camille).Id);
        var services = fixture.Host.Services;
        var circle = (await services.GetRequiredService<ICircleStore>().ListForMemberAsync(tenant, camille)).Single(c => c.Name == circleName).Id;
        var boards = services.GetRequiredService<ICircleBoardStore>();
        var board = (await boards.ReadAsync(tenant, circle, camille))!;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var added = new List<Versioned<AgendaItem>>();
        foreach (var session in board.Sessions.Where(s => s.End > now))
        {
            added.Add(await boards.AddAsync(tenant, circle, new AgendaItem(Guid.NewGuid(), session.Id, FormerMember.Id, AgendaItemKind.Question, text, 99, false, now)));
        }

        return (circle, [.. added]);
    }

    private async Task RemoveAsync((CircleId Circle, Versioned<AgendaItem>[] Items) added)
    {
        var boards = fixture.Host.Services.GetRequiredService<ICircleBoardStore>();
        foreach (var item in added.Items)
        {
            await boards.DeleteAsync<AgendaItem>(new TenantId(DemoDirectory.ContosoTenantId), added.Circle, item.Value.Key, item.Version);
        }
    }
}
