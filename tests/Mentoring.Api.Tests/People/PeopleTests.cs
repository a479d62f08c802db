using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.People;

/// <summary>People come from the directory: first use, refresh, guests, other tenants, and the pickers' search.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PeopleTests(LocalHostFixture fixture) : IDisposable
{
    private static readonly TenantId Contoso = new(DemoDirectory.ContosoTenantId);

    private TablePersonDirectory Stored => fixture.Host.Services.GetRequiredService<TablePersonDirectory>();

    private DateTimeOffset Now => fixture.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    [Fact]
    public async Task A_circle_with_someone_only_the_directory_knows_is_created_and_stores_them()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        await ForgetAsync(Users.Ines);

        var circle = await Circles.CreateAsync(camille, Circles.PeerGroup(Users.Camille, Users.Lea, Users.Ines));

        Assert.Equal("Inès Moreau", circle["members"]![2]!["displayName"]!.GetValue<string>());
        var stored = Assert.Single(await Stored.FindCachedAsync(Contoso, [new PersonId(Users.Ines.Id)]));
        Assert.Equal(("Inès Moreau", "ines.moreau@contoso.example", "fr-BE", "Europe/Brussels"), (stored.Person.DisplayName, stored.Person.Email, stored.Person.Locale, stored.Person.TimeZone));
        Assert.True(stored.RefreshedAt > Now - TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_guest_can_be_a_member()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);

        var circle = await Circles.CreateAsync(camille, Circles.PeerGroup(Users.Camille, Users.Lea, Users.Sofia));

        Assert.Equal("Sofia García", circle["members"]![2]!["displayName"]!.GetValue<string>());
        Assert.Equal(UserType.Guest, Assert.Single(await Stored.FindAsync(Contoso, [new PersonId(Users.Sofia.Id)])).UserType);
    }

    [Fact]
    public async Task A_copy_older_than_a_day_is_read_again_and_a_younger_one_is_used_as_is()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var (priya, chloe) = (new PersonId(Users.Priya.Id), new PersonId(Users.Chloe.Id));
        await Stored.SaveAsync(new Person(Contoso, chloe, "Chloé (nom d'avant-hier)", "x@contoso.example", "fr-FR", "Europe/Paris"), Now - TimeSpan.FromDays(2));
        await Stored.SaveAsync(new Person(Contoso, priya, "Priya (nom de ce matin)", "y@contoso.example", "en-IN", "Asia/Kolkata"), Now - TimeSpan.FromHours(2));

        try
        {
            var circle = await Circles.CreateAsync(camille, Circles.PeerGroup(Users.Camille, Users.Chloe, Users.Priya));

            Assert.Equal(["Camille Martin", "Chloé Robert", "Priya (nom de ce matin)"], circle["members"]!.AsArray().Select(m => m!["displayName"]!.GetValue<string>()));
            Assert.Equal("Chloé Robert", Assert.Single(await Stored.FindAsync(Contoso, [chloe])).DisplayName);
        }
        finally
        {
            // Other tests read Priya's mailbox by her stored email: the next lookup reads the directory again.
            await ForgetAsync(Users.Priya);
        }
    }

    [Fact]
    public async Task Someone_of_another_tenant_stays_unknown_and_is_not_stored()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);

        var response = await camille.PostAsJsonAsync("circles", Circles.PeerGroup(Users.Camille, Users.Lea, Users.Alex));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("member.unknown", Circles.Codes(await Circles.ProblemAsync(response), "members[2].personId"));
        Assert.Empty(await Stored.FindCachedAsync(Contoso, [new PersonId(Users.Alex.Id)]));
    }

    [Fact]
    public async Task When_the_directory_is_down_a_circle_with_someone_new_is_503_and_nothing_is_written()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        await ForgetAsync(Users.Julien);
        var before = await Circles.MyCircleIdsAsync(camille);
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 1));

        var response = await camille.PostAsJsonAsync("circles", Circles.PeerGroup(Users.Camille, Users.Lea, Users.Julien));
        fixture.Host.Emulator.Faults.Reset();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("directory.unavailable", (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(before, await Circles.MyCircleIdsAsync(camille));
        Assert.Empty(await Stored.FindCachedAsync(Contoso, [new PersonId(Users.Julien.Id)]));
    }

    [Fact]
    public async Task Search_returns_own_tenant_people_with_id_name_mail_and_user_type()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var alex = await fixture.Users.AsAsync(Users.Alex);

        var everyone = await SearchAsync(camille, "m");
        var sofia = Assert.Single(await SearchAsync(camille, "Sofia"));

        Assert.NotEmpty(everyone);
        Assert.All(everyone, p => Assert.Equal(DemoDirectory.ContosoTenantId, DemoDirectory.Find(p["id"]!.GetValue<string>())!.TenantId));
        Assert.Equal(
            new JsonObject { ["id"] = Users.Sofia.Id.ToString(), ["displayName"] = "Sofia García", ["mail"] = "sofia.garcia@outlook.example", ["userType"] = "guest" }.ToJsonString(),
            sofia.ToJsonString());
        Assert.Equal("member", Assert.Single(await SearchAsync(camille, "Camille"))["userType"]!.GetValue<string>());
        Assert.Empty(await SearchAsync(camille, "Alex"));
        Assert.Empty(await SearchAsync(alex, "Camille"));
        Assert.Single(await SearchAsync(alex, "Alex"));
    }

    [Theory]
    [InlineData("' or 1 eq 1")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("$top=999")]
    [InlineData("l\" OR \"displayName:C")]
    public async Task Query_syntax_is_searched_literally(string search)
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);

        Assert.Empty(await SearchAsync(camille, search));
    }

    [Theory]
    [InlineData("people", "text.required")]
    [InlineData("people?search=", "text.required")]
    [InlineData("people?search=%20%20", "text.required")]
    [InlineData("people?search=Cam%00", "text.controlCharacter")]
    [InlineData("people?search=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "text.tooLong")]
    public async Task Bad_searches_are_400_naming_search_and_ask_Graph_nothing(string path, string code)
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        fixture.Host.Emulator.Log.Clear();

        var response = await camille.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, Circles.Codes(await Circles.ProblemAsync(response), "search"));

        // The directory is asked nothing (the host's own background work, calendars and installs, may run meanwhile).
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries, e => e.PathAndQuery.StartsWith("/v1.0/users?", StringComparison.Ordinal)
            || e.PathAndQuery.Contains("/people", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_4000_character_search_is_400_and_a_10000_character_one_is_refused_before_the_app()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        fixture.Host.Emulator.Log.Clear();

        var long4k = await camille.GetAsync("people?search=" + new string('a', 4_000));
        var long10k = await camille.GetAsync("people?search=" + new string('a', 10_000));

        Assert.Contains("text.tooLong", Circles.Codes(await Circles.ProblemAsync(long4k), "search"));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, long10k.StatusCode);
        Assert.Empty(fixture.Host.Emulator.Log.Entries);
    }

    [Fact]
    public async Task Search_needs_a_token()
    {
        using var anonymous = fixture.Users.WithToken(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("people?search=Cam")).StatusCode);
    }

    public void Dispose() => fixture.Host.Emulator.Faults.Reset();

    private static async Task<JsonObject[]> SearchAsync(HttpClient client, string search)
    {
        var response = await client.GetAsync("people?search=" + Uri.EscapeDataString(search));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(p => p!.AsObject())];
    }

    private Task ForgetAsync(DemoUser user) =>
        fixture.Host.Services.GetRequiredService<Tables>().People.DeleteEntityAsync(user.TenantId.ToString(), user.Id.ToString());
}
