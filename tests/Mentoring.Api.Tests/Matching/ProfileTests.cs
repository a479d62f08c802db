using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.Profiles;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Matching;

/// <summary>GET/PUT /api/me/profile: one's own profile only, validated field by field, and never shown before it is made visible.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class ProfileTests(MatchingHostFixture fixture)
{
    [Fact]
    public async Task Before_filling_it_my_profile_is_404_saying_so()
    {
        using var ines = await fixture.Users.AsAsync(Users.Ines);

        var response = await ines.GetAsync("me/profile");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("profile.notFound", (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_filled_profile_reads_back_with_the_directory_name_and_a_stale_version_is_409()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var body = Profiles.Mentee();
        body["displayName"] = "Quelqu'un d'autre";

        var saved = await Profiles.PutAsync(lea, body);
        var read = (await lea.GetFromJsonAsync<JsonObject>("me/profile"))!;

        Assert.Equal("Léa Dubois", read["displayName"]!.GetValue<string>());
        Assert.Equal("data analyste", read["profile"]!["targetJob"]!.GetValue<string>());
        Assert.Equal(["tuesday", "thursday"], read["profile"]!["availability"]!.AsArray().Select(s => s!["day"]!.GetValue<string>()));
        Assert.Equal(saved["version"]!.GetValue<string>(), read["version"]!.GetValue<string>());

        await Profiles.PutAsync(lea, Profiles.Mentee(targetField: "UX design"));
        using var stale = new HttpRequestMessage(HttpMethod.Put, "me/profile") { Content = JsonContent.Create(Profiles.Mentee()) };
        stale.Headers.TryAddWithoutValidation("If-Match", saved["version"]!.GetValue<string>());
        var conflict = await lea.SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("UX design", (await lea.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["targetField"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_fields_are_400_each_named_with_its_code_in_french_or_english_and_nothing_is_written()
    {
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas, "en-US");
        await Profiles.PutAsync(nicolas, Profiles.Mentee(targetField: "before"));
        var body = Profiles.Mentor();
        body.Remove("mentor");
        body["about"] = new string('a', 5_000);
        body["timeZone"] = "Paris";
        body["languages"] = new JsonArray();

        var response = await nicolas.PutAsJsonAsync("me/profile", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal(["text.tooLong"], Circles.Codes(problem, "about"));
        Assert.Equal(["timeZone.unknown"], Circles.Codes(problem, "timeZone"));
        Assert.Equal(["required"], Circles.Codes(problem, "languages"));
        Assert.Equal(["mentor.required"], Circles.Codes(problem, "mentor"));
        Assert.Contains("give your fields", problem["errors"]!["mentor"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("before", (await nicolas.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["targetField"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hidden_profile_never_leaves_storage_and_is_never_suggested()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        await Profiles.PutAsync(chloe, Profiles.Mentee());

        await Profiles.PutAsync(hugo, Profiles.Mentor(visibility: "none"));
        var hidden = await Profiles.SuggestionsAsync(chloe);
        var listed = await VisibleAsync();
        await Profiles.PutAsync(hugo, Profiles.Mentor(visibility: "peer"));
        var peerOnly = await Profiles.SuggestionsAsync(chloe);
        await Profiles.PutAsync(hugo, Profiles.Mentor(visibility: "mentorAndPeer"));
        var visible = await Profiles.SuggestionsAsync(chloe);

        Assert.DoesNotContain(Users.Hugo.Id, listed);
        Assert.DoesNotContain(Users.Hugo.Id.ToString(), Profiles.Ids(hidden, "mentorId"));
        Assert.DoesNotContain(Users.Hugo.Id.ToString(), Profiles.Ids(peerOnly, "mentorId"));
        Assert.Contains(Users.Hugo.Id.ToString(), Profiles.Ids(visible, "mentorId"));
        await Profiles.PutAsync(hugo, Profiles.Mentor(visibility: "none"));
    }

    private async Task<Guid[]> VisibleAsync()
    {
        var store = fixture.Host.Services.GetRequiredService<IProfileStore>();
        return [.. (await store.ListVisibleAsync(new TenantId(DemoDirectory.ContosoTenantId))).Select(p => p.Person.Value)];
    }
}
