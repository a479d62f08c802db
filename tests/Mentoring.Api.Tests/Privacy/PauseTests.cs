using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>A person pauses everything and resumes; what sends cards or suggests people reads the same flag.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class PauseTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task A_person_pauses_everything_then_resumes_and_the_flag_the_card_and_suggestion_code_reads_follows()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var pauses = fixture.Host.Services.GetRequiredService<IPersonPause>();
        var (tenant, id) = (new TenantId(Users.Camille.TenantId), new PersonId(Users.Camille.Id));

        var paused = await camille.PutAsJsonAsync("me/pause", new { paused = true });

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.True((await paused.Content.ReadFromJsonAsync<JsonObject>())!["paused"]!.GetValue<bool>());
        Assert.True(await pauses.IsPausedAsync(tenant, id));
        Assert.Equal([id], await pauses.PausedAmongAsync(tenant, [id, new PersonId(Users.Hugo.Id)]));

        var resumed = await camille.PutAsJsonAsync("me/pause", new { paused = false });

        Assert.False((await resumed.Content.ReadFromJsonAsync<JsonObject>())!["paused"]!.GetValue<bool>());
        Assert.False(await pauses.IsPausedAsync(tenant, id));
        Assert.False((await camille.GetFromJsonAsync<JsonObject>("me/privacy"))!["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Saying_neither_pause_nor_resume_is_a_400_on_paused_and_changes_nothing()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);

        var response = await hugo.PutAsJsonAsync("me/pause", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["required"], Circles.Codes(await Circles.ProblemAsync(response), "paused"));
        Assert.False(await fixture.Host.Services.GetRequiredService<IPersonPause>().IsPausedAsync(new TenantId(Users.Hugo.TenantId), new PersonId(Users.Hugo.Id)));
    }

    [Fact]
    public async Task A_member_who_paused_everything_gets_no_reminder_and_no_follow_up_card_and_gets_them_again_once_resumed()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var body = Circles.PeerGroup(Users.Lea, Users.Julien, Users.Chloe);
        var name = (string)body["name"]!;
        var (_, sessions) = await fixture.ScheduledAsync(lea, body);
        var (first, second) = (sessions[0]!, sessions[1]!);
        Assert.True((await julien.PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);

        // The day before the first session, then just after it: reminders and follow-ups go to Léa and Chloé only.
        fixture.Clock.SetUtcNow(first["start"]!.GetValue<DateTimeOffset>().AddHours(-23));
        await fixture.DispatchAsync();
        fixture.Clock.SetUtcNow(first["end"]!.GetValue<DateTimeOffset>().AddMinutes(5));
        await fixture.DispatchAsync();

        Assert.Empty(CardsOf(Users.Julien, name));
        Assert.Equal(2, CardsOf(Users.Lea, name).Length);
        Assert.Equal(2, CardsOf(Users.Chloe, name).Length);

        // Resumed: the next session's cards reach him again.
        Assert.True((await julien.PutAsJsonAsync("me/pause", new { paused = false })).IsSuccessStatusCode);
        fixture.Clock.SetUtcNow(second["start"]!.GetValue<DateTimeOffset>().AddHours(-23));
        await fixture.DispatchAsync();
        fixture.Clock.SetUtcNow(second["end"]!.GetValue<DateTimeOffset>().AddMinutes(5));
        await fixture.DispatchAsync();

        Assert.Equal(2, CardsOf(Users.Julien, name).Length);
        Assert.Equal(4, CardsOf(Users.Lea, name).Length);
    }

    [Fact]
    public async Task A_mentor_who_paused_everything_is_suggested_to_nobody_and_cannot_be_asked_until_they_resume()
    {
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        await Matching.Profiles.PutAsync(ines, Matching.Profiles.Mentee());
        await Matching.Profiles.PutAsync(hugo, Matching.Profiles.Mentor());
        var hugoId = Users.Hugo.Id.ToString();
        Assert.Contains(hugoId, Matching.Profiles.Ids(await Matching.Profiles.SuggestionsAsync(ines), "mentorId"));

        Assert.True((await hugo.PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);
        var whilePaused = Matching.Profiles.Ids(await Matching.Profiles.SuggestionsAsync(ines), "mentorId");
        using var draftWhilePaused = await ines.GetAsync($"mentor-requests/draft?mentor={hugoId}");
        var requestsBefore = (await hugo.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Count;
        using var askedWhilePaused = await ines.PostAsJsonAsync("mentor-requests", new JsonObject { ["mentor"] = hugoId, ["message"] = "Bonjour Hugo, j'ai gardé votre nom d'avant votre pause." });
        var requestsAfter = (await hugo.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Count;
        Assert.True((await hugo.PutAsJsonAsync("me/pause", new { paused = false })).IsSuccessStatusCode);
        var resumed = Matching.Profiles.Ids(await Matching.Profiles.SuggestionsAsync(ines), "mentorId");

        Assert.DoesNotContain(hugoId, whilePaused);
        Assert.Equal(["mentor.unavailable"], Circles.Codes(await Circles.ProblemAsync(draftWhilePaused), "mentor"));
        var refused = await Circles.ProblemAsync(askedWhilePaused);
        Assert.Equal(["mentor.unavailable"], Circles.Codes(refused, "mentor"));
        Assert.Equal(requestsBefore, requestsAfter);
        Assert.Contains("ne prend pas de nouvelle demande", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(hugoId, resumed);
        Assert.Equal(HttpStatusCode.OK, (await ines.GetAsync($"mentor-requests/draft?mentor={hugoId}")).StatusCode);
    }

    /// <summary>The cards about the circle named <paramref name="circle"/> in a person's Teams chat with the bot.</summary>
    private string[] CardsOf(Mentoring.M365Emulator.DemoUser user, string circle) =>
        [.. fixture.ChatOf(user.Id).Where(s => s.Contains(circle, StringComparison.Ordinal))];
}
