using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>An erasure finds every circle the person is in, even one whose index row a crash never wrote.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ErasureStrandTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task A_circle_whose_membership_index_row_was_never_written_is_still_left_by_the_erasure()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        var circle = (await Circles.CreateAsync(chloe, fixture.FromClock(Circles.PeerGroup(Users.Chloe, Users.Ines, Users.Camille, Users.Hugo))))["id"]!.GetValue<string>();

        // The crash between the circle row (written first, the truth) and Inès' index row: the index never lists it.
        var memberships = new TableServiceClient("UseDevelopmentStorage=true").GetTableClient(fixture.TablePrefix + "Memberships");
        await memberships.DeleteEntityAsync($"{Users.Ines.TenantId}_{Users.Ines.Id}", circle, ETag.All);

        Assert.Equal(HttpStatusCode.Accepted, (await ines.PostAsync("me/erase", null)).StatusCode);
        await fixture.ErasureDoneAsync(ines);

        var members = (await chloe.GetFromJsonAsync<JsonObject>($"circles/{circle}"))!["members"]!.AsArray();
        Assert.DoesNotContain(members, m => m!["personId"]!.GetValue<string>() == Users.Ines.Id.ToString());
        Assert.Empty(await fixture.Account.RowsContainingAsync(Users.Ines.Id.ToString()));
    }
}
