using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.FollowUps;
using Mentoring.Api.Tests.Matching;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Requests.RequestCardSteps;

namespace Mentoring.Api.Tests.Requests;

/// <summary>The request card reaches the mentor once whatever the Bot Connector does, and never a person who blocked the bot or paused.
/// Oracle: the emulator's chats and the outbox rows.</summary>
[Collection(RequestCardHostCollection.Name)]
public sealed class RequestCardDeliveryTests(RequestCardHostFixture fixture)
{
    [Fact]
    public async Task A_mentor_who_blocked_the_bot_gets_no_request_card_a_mentee_who_paused_gets_no_answer_card_and_both_tabs_show_the_request()
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var pauses = fixture.Host.Services.GetRequiredService<IPersonPause>();
        fixture.Teams.Block(Users.Ines.Id);
        await Profiles.PutAsync(ines, Profiles.Mentor(capacity: 5));
        await Profiles.PutAsync(hugo, Profiles.Mentor(capacity: 5));
        var (inesBefore, priyaBefore) = (fixture.ChatOf(Users.Ines).Count, fixture.ChatOf(Users.Priya).Count);
        try
        {
            var toInes = await fixture.SendRequestAsync(julien, Users.Ines, "Bonjour Inès !", mentorProfile: false);
            var toHugo = await fixture.SendRequestAsync(priya, Users.Hugo, "Hello Hugo!", mentorProfile: false);
            await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

            // Priya pauses everything after asking (a paused mentor cannot be asked at all: PauseTests): Hugo's answer sends her nothing.
            await pauses.SetAsync(new TenantId(Users.Priya.TenantId), new PersonId(Users.Priya.Id), true, fixture.Clock.GetUtcNow());
            Assert.Equal(HttpStatusCode.OK, (await hugo.PostAsJsonAsync($"mentor-requests/{toHugo}/decline", new JsonObject { ["word"] = "Pas ce trimestre." })).StatusCode);
            await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

            Assert.Equal((inesBefore, priyaBefore), (fixture.ChatOf(Users.Ines).Count, fixture.ChatOf(Users.Priya).Count));
            Assert.Equal((OutboxState.Unreachable, OutboxState.Skipped), (await fixture.OutboxStateAsync(toInes, CardKind.MentorRequest), await fixture.OutboxStateAsync(toHugo, CardKind.RequestAnswer)));
            Assert.Contains(toInes, Ids(await ines.GetFromJsonAsync<JsonArray>("me/mentor-requests")));
            var seen = (await priya.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Single(r => r!["id"]!.GetValue<string>() == toHugo)!;
            Assert.Equal(("declined", "Pas ce trimestre."), (seen["state"]!.GetValue<string>(), seen["answer"]!.GetValue<string>()));
        }
        finally
        {
            fixture.Teams.Unblock(Users.Ines.Id);
            await pauses.SetAsync(new TenantId(Users.Priya.TenantId), new PersonId(Users.Priya.Id), false, fixture.Clock.GetUtcNow());
        }
    }

    [Fact]
    public async Task The_bot_connector_failing_with_503_then_recovering_delivers_one_card()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var before = fixture.ChatOf(Users.Chloe).Count;
        var failures = fixture.Teams.Log.Entries.Count(e => e.Status == 503);
        fixture.Teams.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 0, Seed: 3));
        string id;
        try
        {
            id = await fixture.SendRequestAsync(hugo, Users.Chloe, "Bonjour Chloé, de la part de Hugo.");
            await WaitUntilAsync(() => fixture.Teams.Log.Entries.Count(e => e.Status == 503) > failures + 3);
            Assert.Equal(before, fixture.ChatOf(Users.Chloe).Count);
        }
        finally
        {
            fixture.Teams.Faults.Reset();
        }

        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

        Assert.Single(fixture.ChatOf(Users.Chloe).Skip(before));
        Assert.Equal(OutboxState.Sent, await fixture.OutboxStateAsync(id, CardKind.MentorRequest));
    }

    [Fact]
    public async Task A_lost_response_after_delivery_ends_unknown_and_a_retried_request_never_brings_a_second_card()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var before = fixture.ChatOf(Users.Lea).Count;
        var key = Guid.NewGuid().ToString();

        // Her conversation exists (she has had cards before): only the send is a write whose answer can be lost.
        // A first contact installs the app and may be told to come back while the install propagates, as Teams does.
        var bot = fixture.Host.Services.GetRequiredService<IBotMessenger>();
        for (var attempt = 0; (await bot.OpenAsync(new TenantId(Users.Lea.TenantId), new PersonId(Users.Lea.Id))).Status != BotStatus.Done; attempt++)
        {
            Assert.True(attempt < 30, "Léa's conversation could not be opened");
            await Task.Delay(500);
        }

        fixture.Teams.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [LostResponse.GatewayTimeout], Seed: 5));
        string id;
        try
        {
            id = await fixture.SendRequestAsync(manon, Users.Lea, "Bonjour Léa, de la part de Manon.", key);
            await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        }
        finally
        {
            fixture.Teams.Faults.Reset();
        }

        // The client did not see its answer either and sends the request again with its key: the request is re-notified.
        Assert.Equal(id, await fixture.SendRequestAsync(manon, Users.Lea, "Bonjour Léa, de la part de Manon.", key, mentorProfile: false));
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

        Assert.Single(fixture.ChatOf(Users.Lea).Skip(before));
        Assert.Equal(OutboxState.Unknown, await fixture.OutboxStateAsync(id, CardKind.MentorRequest));
    }
}
