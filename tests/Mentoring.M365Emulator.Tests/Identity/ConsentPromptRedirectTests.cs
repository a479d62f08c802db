using System.Net;

namespace Mentoring.M365Emulator.Tests.Identity;

/// <summary>
/// The consent prompt sends the browser back only to a redirect URI the app registration lists: any other is refused with
/// AADSTS50011 before anything is shown (learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts50011-redirect-uri-mismatch).
/// </summary>
public sealed class ConsentPromptRedirectTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Camille = "camille.martin@contoso.example";

    [Fact]
    public async Task Only_a_registered_redirect_uri_gets_the_prompt_another_one_gets_AADSTS50011()
    {
        var registered = new Uri("https://mentoring.contoso.example/tab/auth-end");
        fixture.Emulator.RedirectUris.Register(DemoDirectory.ApiClientId, registered);

        using var shown = await fixture.Http.GetAsync(AuthorizeUrl(registered));
        using var elsewhere = await fixture.Http.GetAsync(AuthorizeUrl(new Uri("https://attacker.example/tab/auth-end")));
        using var otherPath = await fixture.Http.GetAsync(AuthorizeUrl(new Uri("https://mentoring.contoso.example/tab/other")));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("Accepter", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var refused in new[] { elsewhere, otherPath })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("AADSTS50011", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static string AuthorizeUrl(Uri redirect) =>
        $"{DemoDirectory.ContosoTenantId}/oauth2/v2.0/authorize?client_id={DemoDirectory.ApiClientId}&response_type=code"
        + $"&redirect_uri={Uri.EscapeDataString(redirect.AbsoluteUri)}&scope={Uri.EscapeDataString(DemoDirectory.ApiIdentifierUri + "/access_as_user")}"
        + $"&prompt=consent&login_hint={Uri.EscapeDataString(Camille)}";
}
