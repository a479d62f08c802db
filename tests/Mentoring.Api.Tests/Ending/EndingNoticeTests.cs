using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.M365Emulator;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Ending;

/// <summary>The ending timer: members are told once that the end question is open (not one who paused the circle's cards); a
/// circle with no session held for three cadences is flagged, warned after 7 days, closed after 14; members answer the flag
/// for the circle, once, with errors on the field.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class EndingNoticeTests(AgendaHostFixture fixture)
{
    private const string QuestionFr = "arrive à la fin convenue";
    private const string FlagFr = "ne s'est plus réuni";
    private const string WarningFr = "sera clos le";

    [Fact]
    public async Task The_end_question_reaches_each_member_once_when_it_opens_and_not_one_who_paused_the_circles_cards()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var (circle, name) = await AgreedAsync(hugo, camille, months: 3);
        Assert.True((await camille.PatchAsJsonAsync($"circles/{circle}/members/{Users.Camille.Id}", new { cardsPaused = true })).IsSuccessStatusCode);

        fixture.Clock.Advance(TimeSpan.FromDays(60));
        await RunAsync();
        Assert.Empty(CardsOf(Users.Hugo, name, QuestionFr));

        fixture.Clock.Advance(TimeSpan.FromDays(25));
        await RunAsync();
        await RunAsync();

        var card = Assert.Single(CardsOf(Users.Hugo, name, QuestionFr));
        Assert.StartsWith($"« {name} » arrive à la fin convenue le ", card, StringComparison.Ordinal);
        Assert.Empty(CardsOf(Users.Camille, name, QuestionFr));
        Assert.True((await camille.PatchAsJsonAsync($"circles/{circle}/members/{Users.Camille.Id}", new { cardsPaused = false })).IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_circle_with_no_session_held_for_three_cadences_is_flagged_once_warned_seven_days_before_and_closed_unanswered()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, name) = await ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);

        // Every two weeks: three cadences are six weeks from its creation, as nobody met.
        fixture.Clock.Advance(TimeSpan.FromDays(41));
        await RunAsync();
        Assert.False((await InactivityAsync(nicolas, circle))["flagged"]!.GetValue<bool>());

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();
        await RunAsync();
        var flag = await InactivityAsync(nicolas, circle);
        Assert.True(flag["flagged"]!.GetValue<bool>());
        Assert.Equal(flag["raisedAt"]!.GetValue<DateTimeOffset>().AddDays(14), flag["closesAt"]!.GetValue<DateTimeOffset>());
        Assert.All(new[] { Users.Lea, Users.Nicolas, Users.Chloe }, p => Assert.Single(CardsOf(p, name, FlagFr)));

        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();
        await RunAsync();
        Assert.True((await InactivityAsync(nicolas, circle))["warned"]!.GetValue<bool>());
        Assert.All(new[] { Users.Lea, Users.Nicolas, Users.Chloe }, p => Assert.Single(CardsOf(p, name, WarningFr)));
        Assert.Equal("active", await StatusAsync(lea, circle));

        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();

        Assert.Equal("closed", await StatusAsync(lea, circle));
        var closed = await InactivityAsync(lea, circle);
        Assert.Equal((false, "close"), (closed["flagged"]!.GetValue<bool>(), closed["choice"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_member_answers_the_flag_for_the_circle_once_and_bad_answers_write_nothing()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var (circle, _) = await ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);

        var notFlagged = await AnswerAsync(nicolas, circle, "restart");
        Assert.Equal(HttpStatusCode.Conflict, notFlagged.StatusCode);
        Assert.Equal(["inactivity.notFlagged"], Circles.Codes(await Circles.ProblemAsync(notFlagged), "choice"));

        fixture.Clock.Advance(TimeSpan.FromDays(43));
        await RunAsync();
        var stranger = await AnswerAsync(hugo, circle, "close");
        var invalid = await AnswerAsync(nicolas, circle, "later");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await Circles.ProblemAsync(invalid);
        Assert.Equal(["inactivity.choice.invalid"], Circles.Codes(problem, "choice"));
        Assert.Contains("reprendre", problem["errors"]!["choice"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await InactivityAsync(lea, circle))["flagged"]!.GetValue<bool>());

        var paused = await AnswerAsync(nicolas, circle, "pause");
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("pause", (await paused.Content.ReadFromJsonAsync<JsonObject>())!["choice"]!.GetValue<string>());
        var twice = await AnswerAsync(lea, circle, "close");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(["inactivity.alreadyAnswered"], Circles.Codes(await Circles.ProblemAsync(twice), "choice"));
        Assert.Equal("paused", await StatusAsync(lea, circle));

        // Paused, it is not flagged again nor closed, however long it waits.
        fixture.Clock.Advance(TimeSpan.FromDays(60));
        await RunAsync();
        Assert.Equal("paused", await StatusAsync(lea, circle));
    }

    [Fact]
    public async Task Choosing_to_restart_clears_the_flag_and_gives_the_circle_three_cadences_again()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (circle, _) = await ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        fixture.Clock.Advance(TimeSpan.FromDays(43));
        await RunAsync();

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(chloe, circle, "restart")).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromDays(20));
        await RunAsync();

        var after = await InactivityAsync(lea, circle);
        Assert.Equal((false, "restart"), (after["flagged"]!.GetValue<bool>(), after["choice"]!.GetValue<string>()));
        Assert.Equal("active", await StatusAsync(lea, circle));
    }

    private async Task RunAsync()
    {
        Assert.True(await fixture.Host.RunTimerAsync("EndingTimer"));
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The card summaries about the circle named <paramref name="circle"/> that say <paramref name="text"/>, in a person's chat with the bot.</summary>
    private string[] CardsOf(DemoUser user, string circle, string text)
    {
        var bot = fixture.Host.Emulator.BotConnector;
        return [.. bot.ConversationsOf(user.Id).SelectMany(bot.ActivitiesOf).Select(a => (string?)a["summary"] ?? "")
            .Where(s => s.Contains(circle, StringComparison.Ordinal) && s.Contains(text, StringComparison.Ordinal))];
    }

    private async Task<(string Id, string Name)> AgreedAsync(HttpClient mentor, HttpClient mentee, int months)
    {
        var circle = await MentorshipAsync(fixture, mentor, Users.Hugo, Users.Camille);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(mentor, circle, Terms(months))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(mentor, circle, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(mentee, circle, 1)).StatusCode);
        return (circle, (await mentor.GetFromJsonAsync<JsonObject>($"circles/{circle}"))!["name"]!.GetValue<string>());
    }

    /// <summary>A peer group meeting every two weeks from a week after the clock, its series created in the organizer's calendar.</summary>
    private async Task<(string Id, string Name)> ScheduledPeerGroupAsync(HttpClient organizer, params DemoUser[] peers)
    {
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var id = (await Circles.CreateAsync(organizer, body))["id"]!.GetValue<string>();
        Assert.True((await organizer.PostAsync($"circles/{id}/series", null)).IsSuccessStatusCode);
        return (id, body["name"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string circle, string choice) =>
        client.PostAsJsonAsync($"circles/{circle}/inactivity/answers", new { choice });

    private static async Task<JsonObject> InactivityAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/inactivity"))!;

    private static async Task<string> StatusAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}"))!["status"]!.GetValue<string>();
}
