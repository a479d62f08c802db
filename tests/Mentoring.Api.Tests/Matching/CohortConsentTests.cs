using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Matching;

/// <summary>A coordinator sees only the programme: people who accepted, circles formed from the cohort, their own cohorts, and
/// no figure about fewer than five people.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CohortConsentTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Joining_a_cohort_is_an_invitation_a_member_who_declined_is_neither_shown_nor_grouped()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        DemoUser[] four = [Users.Lea, Users.Nicolas, Users.Chloe, Users.Ines];
        var clients = new Dictionary<DemoUser, HttpClient>();
        foreach (var user in four)
        {
            clients[user] = await fixture.Users.AsAsync(user);
            await Profiles.PutAsync(clients[user], Profiles.Mentee(visibility: "peer"));
        }

        var created = await manon.PostAsJsonAsync("cohorts", new { name = "Bilan consentement", members = four.Select(u => u.Id) });
        var cohort = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        // Nobody said yes yet: nobody is shown, nobody can be grouped.
        Assert.Empty((await manon.GetFromJsonAsync<JsonObject>($"cohorts/{cohort}"))!["members"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await manon.PostAsync($"cohorts/{cohort}/proposals", null)).StatusCode);
        var invitation = Assert.Single((await clients[Users.Ines].GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == cohort)!;
        Assert.Equal(("cohort", Users.Manon.DisplayName), (invitation["type"]!.GetValue<string>(), invitation["invitedBy"]!.GetValue<string>()));

        foreach (var user in four.Take(3))
        {
            Assert.Equal(HttpStatusCode.OK, (await clients[user].PostAsync($"cohorts/{cohort}/invitation/accept", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await clients[Users.Ines].PostAsync($"cohorts/{cohort}/invitation/decline", null)).StatusCode);

        var text = await manon.GetStringAsync($"cohorts/{cohort}");
        var view = JsonNode.Parse(text)!;
        Assert.Equal(four.Take(3).Select(u => u.Id.ToString()).Order(), view["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()).Order());
        Assert.DoesNotContain(Users.Ines.Id.ToString(), text, StringComparison.Ordinal);
        Assert.Null(view["figures"]!["accepted"]); // 3 people: fewer than 5, not shown
        Assert.Equal(5, view["fewerThan"]!.GetValue<int>());
        var proposed = await manon.PostAsync($"cohorts/{cohort}/proposals", null);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var proposal = (await proposed.Content.ReadFromJsonAsync<JsonObject>())!;
        var grouped = proposal["groups"]!.AsArray().SelectMany(g => g!["members"]!.AsArray()).Select(m => m!["personId"]!.GetValue<string>());
        Assert.DoesNotContain(Users.Ines.Id.ToString(), grouped);
        Assert.DoesNotContain(Users.Ines.Id.ToString(), proposal["notVisible"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await clients[Users.Ines].PostAsync($"cohorts/{cohort}/invitation/accept", null)).StatusCode);

        // The coordinator asking about the member who declined: as for someone outside the cohort, and nothing is read of her.
        var declinedMember = await manon.GetAsync($"cohorts/{cohort}/members/{Users.Ines.Id}/activity");
        Assert.Equal(HttpStatusCode.NotFound, declinedMember.StatusCode);
        Assert.Equal("cohort.memberNotFound", (await Circles.ProblemAsync(declinedMember))["code"]!.GetValue<string>());
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_coordinator_reads_only_the_cohorts_they_created_or_coordinate_another_coordinators_is_404()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var chloe = await fixture.Users.WithMintedTokenAsync(new
        {
            tenantId = Users.Chloe.TenantId, userId = Users.Chloe.Id, audience = DemoDirectory.ApiClientId, scope = "access_as_user", roles = new[] { "Coordinator" },
        });
        var cohort = await Cohorts.CreateAcceptedAsync(manon, "Bilan de Manon", [Users.Lea, Users.Nicolas, Users.Julien]);

        var read = await chloe.GetAsync($"cohorts/{cohort}");
        var propose = await chloe.PostAsync($"cohorts/{cohort}/proposals", null);
        var member = await chloe.GetAsync($"cohorts/{cohort}/members/{Users.Lea.Id}/activity");
        var listed = (await chloe.GetFromJsonAsync<JsonArray>("cohorts"))!;

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, propose.StatusCode, member.StatusCode));
        Assert.Equal("cohort.notFound", (await Circles.ProblemAsync(read))["code"]!.GetValue<string>());
        Assert.DoesNotContain(listed, c => c!["id"]!.GetValue<string>() == cohort);

        // Made co-coordinator by Manon, Chloé sees it.
        Assert.Equal(HttpStatusCode.OK, (await manon.PostAsync($"cohorts/{cohort}/coordinators/{Users.Chloe.Id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chloe.GetAsync($"cohorts/{cohort}")).StatusCode);
        Assert.Contains((await chloe.GetFromJsonAsync<JsonArray>("cohorts"))!, c => c!["id"]!.GetValue<string>() == cohort);
    }
}
