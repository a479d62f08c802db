using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>A peer added to a running circle is asked about the sessions held after she joined, never the ones before.</summary>
[Collection(FollowUpHostCollection.Name)]
public sealed class JoinedLaterTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task A_peer_added_after_two_sessions_gets_no_card_and_no_follow_up_for_them_but_gets_the_next_ones()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        Assert.Equal(HttpStatusCode.OK, (await Circles.AddAsync(lea, emilie, s.Id, Users.Emilie)).StatusCode);

        Assert.Null(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Emilie), default));
        Assert.Null(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[0], IdOf(Users.Emilie), default));
        Assert.NotNull(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Chloe), default));
        Assert.Empty(await ToAnswerAsync(emilie, s.Id));
        var before = await emilie.PutAsJsonAsync($"circles/{s.Id}/sessions/{s.Sessions[1]}/followup", new { attended = true, revision = 0 });
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);
        Assert.Equal("followUp.beforeJoining", (await Circles.ProblemAsync(before))["code"]!.GetValue<string>());

        // The next session is hers: she is asked about it once it ends.
        var next = (await (await lea.GetAsync($"circles/{s.Id}/sessions/{s.Sessions[2]}/agenda")).Content.ReadFromJsonAsync<JsonObject>())!;
        fixture.Clock.SetUtcNow(next["session"]!["end"]!.GetValue<DateTimeOffset>().AddMinutes(5));
        Assert.NotNull(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Emilie), default));
        Assert.Equal([s.Sessions[2]], await ToAnswerAsync(emilie, s.Id));
    }

    private static async Task<string[]> ToAnswerAsync(HttpClient client, string circle) =>
        [.. (await client.GetFromJsonAsync<JsonObject>("me/followups"))!["toAnswer"]!.AsArray()
            .Where(f => f!["circleId"]!.GetValue<string>() == circle).Select(f => f!["sessionId"]!.GetValue<string>())];
}
