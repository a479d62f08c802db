using System.Net;

namespace Mentoring.M365Emulator.Identity;

/// <summary>
/// The authorize endpoint's consent prompt (<c>/{tenant}/oauth2/v2.0/authorize?prompt=consent</c>): the page a tab opens through
/// teams-js <c>authentication.authenticate</c> when Teams refuses its single sign-on token for missing consent. Accepting records
/// the grant in <see cref="TenantConsents"/> and sends the browser back to <c>redirect_uri</c> with a <c>code</c>; declining sends
/// it back with <c>error=access_denied</c>.
/// </summary>
/// <remarks>
/// Sources: learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow ("Request an authorization code": client_id,
/// response_type=code, redirect_uri, scope, prompt=consent, login_hint; "Successful response" ?code=…; "Error response"
/// ?error=access_denied&amp;error_description=… when the user declines); learn.microsoft.com/microsoftteams/platform/tabs/how-to/
/// authentication/tab-sso-code ("When the user consent is required, … use authentication.authenticate to show the consent").
/// Stricter than Entra where the emulator knows less: the signed-in person is the one named by <c>login_hint</c> (there is no
/// session cookie), and the code is not redeemable (the token endpoint has no authorization_code grant): the tab only needs the
/// consent, then asks Teams for its token again.
/// </remarks>
internal static class ConsentPrompt
{
    public static void MapConsentPrompt(this IEndpointRouteBuilder app, TenantConsents consents, RedirectUris redirects)
    {
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", (string tenant, HttpRequest request) =>
            Check(tenant, request.Query, redirects) is { } refused ? refused : Results.Content(Page(request.Query), "text/html; charset=utf-8"));

        app.MapPost("/{tenant}/oauth2/v2.0/authorize", async (string tenant, HttpRequest request) =>
        {
            if (Check(tenant, request.Query, redirects) is { } refused)
                return refused;
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var redirect = request.Query["redirect_uri"].ToString();
            var state = request.Query["state"].ToString();
            if (form["decision"] != "accept")
                return Results.Redirect($"{redirect}?error=access_denied&error_description={Uri.EscapeDataString("AADSTS65004: User declined to consent to access the app.")}&state={Uri.EscapeDataString(state)}");

            var user = DemoDirectory.Find(request.Query["login_hint"].ToString())!;
            var resource = ResourceOf(request.Query["scope"].ToString())!;
            consents.Grant(user.TenantId, request.Query["client_id"].ToString(), resource.ClientId);
            return Results.Redirect($"{redirect}?code={Guid.NewGuid():N}&state={Uri.EscapeDataString(state)}");
        }).DisableAntiforgery();
    }

    // One check per refusal, as Entra shows them on its error page (AADSTS700016, 900144, 50011, 90014, 500011).
    private static IResult? Check(string tenant, IQueryCollection query, RedirectUris redirects)
    {
        if (AppDirectory.Client(query["client_id"].ToString()) is null)
            return Error(700016, $"Application with identifier '{query["client_id"]}' was not found in the directory '{tenant}'.");
        if (query["response_type"] != "code")
            return Error(900144, "The request body must contain the following parameter: 'response_type' (code).");
        if (!Uri.TryCreate(query["redirect_uri"].ToString(), UriKind.Absolute, out var redirect) || !IsWebOrigin(redirect)
            || !redirects.IsRegistered(query["client_id"].ToString(), redirect))
            return Error(50011, "The redirect URI specified in the request does not match the redirect URIs configured for the application.");
        if (DemoDirectory.Find(query["login_hint"].ToString()) is not { } user)
            return Error(90014, "The request body must contain the following parameter: 'login_hint' (the emulator has no sign-in session).");
        if (!OpenIdEndpoints.IsMultiTenant(tenant) && DemoDirectory.ResolveTenant(tenant) != user.TenantId)
            return Error(50020, $"User account '{user.UserPrincipalName}' does not exist in tenant '{tenant}'.");
        if (ResourceOf(query["scope"].ToString()) is null)
            return Error(500011, "The resource principal named in 'scope' was not found in the tenant.");
        return null;
    }

    // https for a deployment, plain http only on this machine (Entra's rule for redirect URIs: localhost may be http).
    private static bool IsWebOrigin(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || uri.Host == "localhost"));

    private static AppRegistration? ResourceOf(string scope)
    {
        var first = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s.Contains('/', StringComparison.Ordinal));
        var slash = first?.LastIndexOf('/') ?? -1;
        return slash > 0 ? AppDirectory.Resource(first![..slash]) : null;
    }

    private static IResult Error(int code, string description) =>
        Results.Content($"<!doctype html><html lang=\"en\"><title>Sign in</title><p role=\"alert\">AADSTS{code}: {WebUtility.HtmlEncode(description)}</p></html>",
            "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static string Page(IQueryCollection query)
    {
        var client = AppDirectory.Client(query["client_id"].ToString())!;
        var user = DemoDirectory.Find(query["login_hint"].ToString())!;
        var action = WebUtility.HtmlEncode(QueryString.Create(query.Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))).Value);
        return $$"""
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><title>Autorisations demandées — Permissions requested</title></head>
            <body>
              <h1>Autorisations demandées</h1>
              <p>{{WebUtility.HtmlEncode(user.UserPrincipalName)}}</p>
              <p>« {{WebUtility.HtmlEncode(client.DisplayName)}} » demande à : vous connecter et lire votre profil ; accéder à l'application en votre nom.</p>
              <form method="post" action="{{action}}">
                <button name="decision" value="accept">Accepter</button>
                <button name="decision" value="decline">Annuler</button>
              </form>
            </body></html>
            """;
    }
}
