using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>An erasure resumed after a crash finds every circle the person is in and every mention of their name.</summary>
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

    [Fact]
    public async Task An_erasure_resumed_after_the_copy_of_the_name_was_erased_still_rewrites_the_name_in_the_others_texts()
    {
        var morgan = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("morgan.lee@", StringComparison.Ordinal));
        var sam = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("sam.taylor@", StringComparison.Ordinal));
        using var alex = await fixture.Users.AsAsync(Users.Alex, "en-US");
        using var her = await fixture.Users.AsAsync(morgan, "en-GB");
        _ = await Circles.CreateAsync(alex, fixture.FromClock(Circles.PeerGroup(Users.Alex, morgan, sam)));

        // The instance dies after every store ran once, the People store (the product's copy of her name) included.
        fixture.Crash.Arm();
        Assert.Equal(HttpStatusCode.Accepted, (await her.PostAsync("me/erase", null)).StatusCode);
        await fixture.Crash.Fired.WaitAsync(TimeSpan.FromSeconds(120));

        // A text a store had not reached yet when it died: Alex's words naming her in full.
        await fixture.Account.AddRowAsync("Matching", morgan.TenantId.ToString(), "note_" + Guid.NewGuid().ToString("N"), new() { ["Text"] = $"Thanks to {morgan.DisplayName} for the intro" });

        fixture.Crash.Disarm();
        Assert.Equal(HttpStatusCode.Accepted, (await her.PostAsync("me/erase", null)).StatusCode);
        await fixture.ErasureDoneAsync(her);
        Assert.Empty(await fixture.Account.RowsContainingAsync(morgan.DisplayName));
    }
}
