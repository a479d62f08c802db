using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Matching;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>An erasure rewrites the person out of the others' rows without breaking them, and one bad row never breaks a list.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ErasureHarmsNobodyTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task Erasing_someone_named_in_a_profile_at_its_length_limit_leaves_it_readable_and_the_tenants_lists_answering()
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        await Circles.CreateAsync(julien, fixture.FromClock(Circles.PeerGroup(Users.Julien, Users.Chloe, Users.Lea)));
        var mentor = Profiles.Mentor();
        // « Julien Petit » (12 characters) is shorter than « ancien membre » (13): replaced as is, the text would pass its limit.
        var thanks = $"Merci à {Users.Julien.DisplayName} pour son aide. Julien Petitjean aussi. ";
        mentor["about"] = thanks + new string('x', 2_000 - thanks.Length);
        await Profiles.PutAsync(camille, mentor);
        await Profiles.PutAsync(chloe, Profiles.Mentee());
        var cohort = await PrivacyApi.PostJsonAsync(manon, "cohorts", new { name = "Cohorte d'automne", members = new[] { Users.Camille, Users.Chloe, Users.Julien, Users.Lea }.Select(u => u.Id.ToString()) });

        var erased = await julien.PostAsync("me/erase", null);

        Assert.True(erased.IsSuccessStatusCode, $"{(int)erased.StatusCode}");
        await fixture.ErasureDoneAsync(julien);
        var about = (await camille.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["about"]!.GetValue<string>();
        Assert.True(about.Length <= 2_000, $"{about.Length} characters");
        Assert.DoesNotContain(Users.Julien.DisplayName + " ", about, StringComparison.Ordinal);
        Assert.Contains("Julien Petitjean aussi", about, StringComparison.Ordinal); // not a whole-word match of his name
        Assert.Contains(Users.Camille.Id.ToString(), Profiles.Ids(await Profiles.SuggestionsAsync(chloe), "mentorId"));
        Assert.Equal(HttpStatusCode.OK, (await manon.GetAsync($"cohorts/{cohort["id"]!.GetValue<string>()}")).StatusCode);
        Assert.True((int)(await manon.PostAsync($"cohorts/{cohort["id"]!.GetValue<string>()}/proposals", null)).StatusCode < 500);
    }

    [Fact]
    public async Task A_row_that_cannot_be_read_is_skipped_from_the_lists_and_counted()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        await Profiles.PutAsync(hugo, Profiles.Mentor(field: "ébénisterie"));
        await Profiles.PutAsync(ines, Profiles.Mentee(targetField: "ébénisterie"));
        var unreadable = fixture.Host.Services.GetRequiredService<UnreadableRows>();
        var before = unreadable.Count;
        // A row of the index suggestions read (mentor_…, a copy of a visible mentor's profile) that no longer reads.
        await fixture.Account.AddRowAsync("Matching", Users.Hugo.TenantId.ToString(), "mentor_" + Guid.NewGuid(), new() { ["DisplayName"] = "?", ["Visibility"] = 3, ["Json"] = "{pas du json" });

        var suggestions = await ines.GetAsync("me/mentor-suggestions");

        Assert.Equal(HttpStatusCode.OK, suggestions.StatusCode);
        Assert.Contains(Users.Hugo.Id.ToString(), Profiles.Ids((await suggestions.Content.ReadFromJsonAsync<JsonArray>())!, "mentorId"));
        Assert.True(unreadable.Count > before);
    }
}
