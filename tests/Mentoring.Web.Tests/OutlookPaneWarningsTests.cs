using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Mentoring.Web.Tests.OutlookPages;

namespace Mentoring.Web.Tests;

/// <summary>
/// The pane's warnings for an appointment that cannot become a circle (issue 20 item 10): a guest outside the organization,
/// more than four guests. Each says why in the pane and offers nothing to plan. (The all-day appointment is in
/// <see cref="OutlookOfficeJsTests"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutlookPaneWarningsTests(BrowserFixture fixture)
{
    private static string Subject(string what) => what + " " + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_guest_outside_the_organization_is_named_and_nothing_can_be_planned()
    {
        const string stranger = "pat.inconnu@external.example";
        var page = await ComposeAsync(fixture, "", User("lea.dubois"), Subject("Mentorat"), [User("nicolas.thomas")]);
        await page.GetByLabel("Participants", new() { Exact = true }).FillAsync(stranger);
        await page.GetByLabel("Participants", new() { Exact = true }).PressAsync("Enter");
        await OpenPaneAsync(page);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Alert)).ToContainTextAsync($"{stranger} n'est pas dans votre organisation");
        await Expect(pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Five_guests_are_one_too_many_for_a_circle_and_nothing_can_be_planned()
    {
        string[] guests = ["nicolas.thomas", "chloe.robert", "julien.petit", "ines.moreau", "camille.martin"];
        var page = await ComposeAsync(fixture, "", User("lea.dubois"), Subject("Pairs"), [.. guests.Select(User)]);
        await OpenPaneAsync(page);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Alert)).ToContainTextAsync("au plus cinq personnes : vous et quatre invités (ici 5 invités)");
        await Expect(pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" })).ToHaveCountAsync(0);
    }
}
