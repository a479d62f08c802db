using Mentoring.M365Emulator;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The tab's sign-in failures, each as the emulator's Teams client produces it: a token refused for missing consent (given
/// through Teams' authentication window and Entra ID's consent prompt), a passing failure, a host that never answers, and a
/// token the API refuses (401) because it expired while kept.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SignInRecoveryTests(SecondBrowserFixture fixture)
{
    /// <remarks>
    /// teams-js opens <c>authentication.authenticate</c> only on an https URL ("Url should be a valid https url",
    /// internal/utils.ts validateUrl), and the local host is plain http: the popup hop cannot run here. The test covers the
    /// rest: the refusal is recognised as consent (not a dead end), the app's consent page (auth-start, as Teams' window would
    /// open it) leads to Entra ID's prompt, whose "Accepter" grants the consent in emulator.Consents, and the tab then loads.
    /// </remarks>
    [Fact]
    public async Task A_token_refused_for_missing_consent_offers_consent_and_the_tab_loads_once_it_is_given()
    {
        fixture.Host.Emulator.Consents.Revoke(DemoDirectory.ContosoTenantId, DemoDirectory.ApiClientId);
        try
        {
            var page = await fixture.NewPageAsync();
            await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
            var tab = page.Tab();
            await Expect(tab.GetByText("Votre accord est nécessaire").First).ToBeVisibleAsync();
            await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Donner mon accord" }).First).ToBeVisibleAsync();

            var consent = await fixture.NewPageAsync();
            var start = new Uri(fixture.Host.BaseUri, $"tab/auth-start?tenant={DemoDirectory.ContosoTenantId}&loginHint={TeamsPages.Camille}");
            await consent.GotoAsync(start.ToString());
            await Expect(consent.GetByRole(AriaRole.Heading, new() { Name = "Autorisations demandées" })).ToBeVisibleAsync();
            await consent.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
            await consent.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/tab/auth-end\\?code="));
            Assert.True(fixture.Host.Emulator.Consents.IsGranted(DemoDirectory.ContosoTenantId, DemoDirectory.ApiClientId, DemoDirectory.ApiClientId));

            await page.ReloadAsync();
            await Expect(page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
        }
        finally
        {
            fixture.Host.Emulator.Consents.Reset();
        }
    }

    /// <remarks>
    /// Manon coordinates a cohort: her "Cohortes" section is listed from her token's roles, read by the tab's first token
    /// request, the one the fault fails. Unretried, the tab would load (its later requests succeed) without her section.
    /// </remarks>
    [Fact]
    public async Task A_passing_sign_in_failure_is_asked_again_and_the_tab_loads_whole()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl("manon.lefevre@contoso.example", "&tokenFault=once"));
        var tab = page.Tab();

        await Expect(tab.GetByRole(AriaRole.Tab, new() { Name = "Cohortes" })).ToBeVisibleAsync();
        await Expect(tab.GetByText("La connexion n'a pas abouti")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_host_that_never_answers_for_a_token_is_asked_again_after_a_timeout()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&tokenFault=timeout"));
        var tab = page.Tab();

        // The tab's timeout is 8 s: waited for as a state (the circle shown), with room for a loaded machine.
        await Expect(tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync(new() { Timeout = 45_000 });
    }

    [Fact]
    public async Task After_a_401_the_tab_gets_a_fresh_token_once_and_the_call_succeeds()
    {
        var page = await fixture.NewPageAsync();
        var refused = 0;
        page.Response += (_, r) =>
        {
            if (r.Status == 401 && r.Url.Contains("/api/", StringComparison.Ordinal))
                Interlocked.Increment(ref refused);
        };
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&tokenFault=expired"));
        var tab = page.Tab();

        await Expect(tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
        Assert.True(refused > 0, "the expired token was never sent: the test did not exercise the 401");
    }
}
