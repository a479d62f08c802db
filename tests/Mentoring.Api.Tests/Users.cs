using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Text.Json;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests;

/// <summary>HTTP clients acting as demo users, with tokens obtained from the emulator the way a client would.</summary>
public sealed class Users(LocalHostApp host)
{
    public static DemoUser Camille => User("camille.martin");   // mentee of the seeded mentorship, peer of the seeded group
    public static DemoUser Hugo => User("hugo.bernard");         // mentor of the seeded mentorship
    public static DemoUser Lea => User("lea.dubois");
    public static DemoUser Nicolas => User("nicolas.thomas");
    public static DemoUser Emilie => User("emilie.tremblay");
    public static DemoUser Priya => User("priya.nair");
    public static DemoUser Chloe => User("chloe.robert");
    public static DemoUser Julien => User("julien.petit");       // in the tenant, in no seeded circle
    public static DemoUser Manon => User("manon.lefevre");
    public static DemoUser Alex => User("alex.johnson");         // another tenant (Fabrikam)
    public static DemoUser Ines => User("ines.moreau");          // known only to the directory until a circle names her
    public static DemoUser Sofia => DemoDirectory.Users.Single(u => u.IsGuest); // a guest of Contoso, no mailbox there

    public Uri Api => new(host.BaseUri, "api/");

    /// <summary>A client signed in through the emulator's real token endpoint (ROPC), signing in again once its token expires.</summary>
    public async Task<HttpClient> AsAsync(DemoUser user, string language = "fr-FR")
    {
        var session = new SignedIn(() => SignInAsync(user), host.Services.GetRequiredService<TimeProvider>());
        _ = await session.TokenAsync(); // a refused sign-in fails here, not at the first request
        var client = new HttpClient(session) { BaseAddress = Api };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        SignedInAs.AddOrUpdate(client, Tuple.Create(this, user));
        return client;
    }

    /// <summary>Who a client of <see cref="AsAsync"/> acts as, so a helper can act as the other people a test names.</summary>
    internal static readonly ConditionalWeakTable<HttpClient, Tuple<Users, DemoUser>> SignedInAs = new();

    private async Task<(string Token, TimeSpan Lifetime)> SignInAsync(DemoUser user)
    {
        using var tokenClient = new HttpClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["username"] = user.UserPrincipalName,
            ["password"] = "demo",
            ["scope"] = DemoDirectory.ApiAudience + "/access_as_user",
        });
        var response = await tokenClient.PostAsync(new Uri(host.Emulator.BaseUri, $"{user.TenantId}/oauth2/v2.0/token"), form);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("access_token").GetString()!, TimeSpan.FromSeconds(json.RootElement.GetProperty("expires_in").GetInt32()));
    }

    /// <summary>A client with a token minted exactly as the test wants it (expired, wrong audience, ...).</summary>
    public async Task<HttpClient> WithMintedTokenAsync(object mint)
    {
        using var control = new HttpClient();
        var response = await control.PostAsJsonAsync(new Uri(host.Emulator.BaseUri, "_emulator/tokens"), mint);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return WithToken(json.RootElement.GetProperty("accessToken").GetString());
    }

    public HttpClient WithToken(string? token, string language = "fr-FR")
    {
        var client = new HttpClient { BaseAddress = Api };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static DemoUser User(string alias) => DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));
}
