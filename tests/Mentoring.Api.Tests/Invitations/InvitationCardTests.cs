using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.FollowUps;
using Mentoring.Api.Tests.Requests;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Requests.RequestCardSteps;

namespace Mentoring.Api.Tests.Invitations;

/// <summary>
/// An invitee who already has the app in Teams gets the invitation as a card too, and answers from it; nobody else is told outside
/// the tab, and the product installs the app for no invitee. Oracle: the emulator's chats, installations and request log, and the API.
/// </summary>
/// <remarks>A host of its own (not the request card collection's): which people have the app must be what each test sets.</remarks>
public sealed class InvitationCardTests(RequestCardHostFixture fixture) : IClassFixture<RequestCardHostFixture>
{
    [Fact]
    public async Task Only_the_invitee_who_has_the_app_gets_a_card_in_her_language_and_nothing_is_installed_for_anyone()
    {
        fixture.Teams.Install(Users.Priya.Id);
        using var lea = await fixture.Users.AsAsync(Users.Lea);

        var circle = await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Priya, Users.Nicolas));
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

        var notices = circle["invited"]!.AsArray().ToDictionary(i => i!["personId"]!.GetValue<string>(), i => i!["notice"]!.GetValue<string>());
        Assert.Equal(("teamsCard", "tab"), (notices[Users.Priya.Id.ToString()], notices[Users.Nicolas.Id.ToString()]));
        var card = Assert.Single(fixture.ChatOf(Users.Priya));
        var name = circle["name"]!.GetValue<string>();
        Assert.Equal(("en", $"Léa Dubois invites you to join “{name}”"), (card["lang"]!.GetValue<string>(), card["_summary"]!.GetValue<string>()));
        Assert.Equal(["invitation.accept", "invitation.decline"], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Contains("Your role = peer", Texts(card));
        Assert.Empty(fixture.ChatOf(Users.Nicolas));
        Assert.Empty(fixture.Teams.AppsOf(Users.Nicolas.Id));
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries, e => e.Method == "POST" && e.PathAndQuery.Contains("/teamwork/installedApps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Opening_an_invitees_chat_never_installs_the_app_for_someone_who_does_not_have_it()
    {
        var bot = fixture.Host.Services.GetRequiredService<IBotMessenger>();
        var (tenant, person) = (new TenantId(Users.Ines.TenantId), new PersonId(Users.Ines.Id));

        var opened = await bot.OpenInstalledAsync(tenant, person);

        Assert.Equal((BotStatus.Unreachable, "appNotInstalled"), (opened.Status, opened.Detail));
        Assert.Empty(fixture.Teams.AppsOf(Users.Ines.Id));
        Assert.Empty(fixture.Teams.ConversationsOf(Users.Ines.Id));
    }

    [Fact]
    public async Task Accepting_from_the_card_makes_her_a_member_and_an_attendee_of_the_series_and_the_card_then_changes_nothing()
    {
        fixture.Teams.Install(Users.Chloe.Id);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Camille, Users.Julien, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();
        foreach (var peer in new[] { Users.Camille, Users.Julien })
        {
            using var client = await fixture.Users.AsAsync(peer);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        }

        var series = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!["seriesMasterId"]!.GetValue<string>();
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Chloe)).ToJsonString();

        var stranger = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Nicolas, new Dictionary<string, string>()));
        var reply = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Chloe, new Dictionary<string, string>()));
        var again = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Chloe, new Dictionary<string, string>(), verb: "invitation.decline"));

        var noLongerOpen = "Cette invitation n'est plus ouverte (déjà répondue ou retirée) : rien n'a été modifié.";
        Assert.Equal(noLongerOpen, Texts(stranger["value"]!.AsObject())[0]);
        Assert.Equal($"Vous avez rejoint « {circle["name"]!.GetValue<string>()} »", Texts(reply["value"]!.AsObject())[0]);
        Assert.Equal(noLongerOpen, Texts(again["value"]!.AsObject())[0]);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        Assert.Contains(id, await Circles.MyCircleIdsAsync(chloe));
        var graph = new GraphProbe(fixture.Host);
        Assert.Contains(Users.Chloe.UserPrincipalName, await graph.AttendeesAsync(Users.Lea, series));
        Assert.DoesNotContain(Users.Nicolas.UserPrincipalName, await graph.AttendeesAsync(Users.Lea, series));
    }

    [Fact]
    public async Task Declining_from_the_card_closes_the_mentorship_and_the_invitation_leaves_her_tab()
    {
        fixture.Teams.Install(Users.Emilie.Id);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        var circle = await Circles.InviteAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Emilie));
        var id = circle["id"]!.GetValue<string>();
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Emilie)).ToJsonString();

        var reply = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Emilie, new Dictionary<string, string>(), verb: "invitation.decline"));

        Assert.Equal($"Vous avez refusé l'invitation à « {circle["name"]!.GetValue<string>()} »", Texts(reply["value"]!.AsObject())[0]);
        Assert.DoesNotContain((await emilie.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);
        var seen = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!;
        Assert.Equal("closed", seen["status"]!.GetValue<string>());
        Assert.True(Assert.Single(seen["invited"]!.AsArray())!["declined"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_the_inviter_withdraws_an_invitation_which_then_leaves_the_invitees_tab_and_her_card_is_replaced()
    {
        fixture.Teams.Install(Users.Manon.Id);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var circle = await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Manon, Users.Julien));
        var id = circle["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await julien.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Manon)).ToJsonString();

        var byMember = await julien.DeleteAsync($"circles/{id}/invitations/{Users.Manon.Id}");
        var byStranger = await nicolas.DeleteAsync($"circles/{id}/invitations/{Users.Manon.Id}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (byMember.StatusCode, byStranger.StatusCode));
        Assert.Contains((await manon.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);

        var withdrawn = await lea.DeleteAsync($"circles/{id}/invitations/{Users.Manon.Id}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.DoesNotContain((await withdrawn.Content.ReadFromJsonAsync<JsonObject>())!["invited"]!.AsArray(), i => i!["personId"]!.GetValue<string>() == Users.Manon.Id.ToString());
        Assert.DoesNotContain((await manon.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);
        var shown = Assert.Single(fixture.ChatOf(Users.Manon));
        Assert.Equal([$"Léa Dubois a retiré son invitation à « {circle["name"]!.GetValue<string>()} »"], Texts(shown));
        Assert.Empty(shown["actions"]!.AsArray());
        var late = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Manon, new Dictionary<string, string>()));
        Assert.Equal("Cette invitation n'est plus ouverte (déjà répondue ou retirée) : rien n'a été modifié.", Texts(late["value"]!.AsObject())[0]);
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(manon));
    }
}
