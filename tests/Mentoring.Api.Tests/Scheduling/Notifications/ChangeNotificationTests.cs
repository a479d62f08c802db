using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Scheduling.Timer;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Api.Tests.Scheduling.Notifications;

/// <summary>A session moved in Outlook reaches the product through Graph's notifications, and only through genuine ones.</summary>
[Collection(NotificationHostCollection.Name)]
public sealed class ChangeNotificationTests(NotificationHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task A_session_moved_in_outlook_reaches_its_session_row_by_a_notification_without_any_timer()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        await fixture.SettleAsync();
        var subscription = await fixture.Subscriptions.FindAsync(new TenantId(Users.Lea.TenantId), new PersonId(Users.Lea.Id));
        Assert.NotNull(subscription);
        Assert.Contains(subscription.SubscriptionId, fixture.Host.Emulator.Notifications.Ids);

        var moved = await MoveSecondAsync(master);
        await fixture.SettleAsync();

        Assert.Equal(moved, (await Scheduled.SeriesAsync(lea, id))["sessions"]![1]!["start"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Notifications_without_their_client_state_with_a_forged_one_or_for_an_unknown_subscription_change_nothing()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        await fixture.SettleAsync();
        var subscription = (await fixture.Subscriptions.FindAsync(new TenantId(Users.Lea.TenantId), new PersonId(Users.Lea.Id)))!;
        var before = (await Scheduled.SeriesAsync(lea, id))["sessions"]![1]!["start"]!.GetValue<DateTimeOffset>();
        fixture.Host.Emulator.Notifications.DropNext(1);
        await MoveSecondAsync(master);
        await fixture.SettleAsync();
        var reads = fixture.InstanceReads(master);

        using var anonymous = fixture.Users.WithToken(null);
        var answers = new List<HttpStatusCode>();
        foreach (var (subscriptionId, clientState) in new[] { (subscription.SubscriptionId, (string?)null), (subscription.SubscriptionId, "forged"), (Guid.NewGuid().ToString(), subscription.ClientState) })
        {
            answers.Add((await anonymous.PostAsJsonAsync("notifications/calendar", Collection(subscriptionId, clientState, master, "W/\"x\""))).StatusCode);
        }

        await fixture.SettleAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        Assert.Equal(reads, fixture.InstanceReads(master));
        Assert.Equal(before, (await Scheduled.SeriesAsync(lea, id))["sessions"]![1]!["start"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Graph_s_validation_request_is_echoed_as_plain_text_and_one_that_is_not_graph_s_is_refused()
    {
        using var anonymous = fixture.Users.WithToken(null);
        var token = "Validation: Testing client application reachability for subscription Request-Id: 1b2c";

        var echoed = await anonymous.PostAsync("notifications/calendar?validationToken=" + Uri.EscapeDataString(token), null);
        var script = await anonymous.PostAsync("notifications/calendar?validationToken=" + Uri.EscapeDataString("<script>alert(1)</script>"), null);
        var withBody = await anonymous.PostAsync("notifications/calendar?validationToken=abc", new StringContent("{\"value\":[]}"));
        var unreadable = await anonymous.PostAsync("notifications/calendar", new StringContent("not json"));

        Assert.Equal(HttpStatusCode.OK, echoed.StatusCode);
        Assert.Equal("text/plain", echoed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(token, await echoed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Equal("notifications.validationRefused", (await Circles.ProblemAsync(script))["code"]!.GetValue<string>());
        Assert.DoesNotContain("<script>", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withBody.StatusCode);
        Assert.Equal("notifications.unreadable", (await Circles.ProblemAsync(unreadable))["code"]!.GetValue<string>());
    }

    /// <summary>Moves the series' second occurrence two days later, as the organizer in Outlook, past the last sync's start.</summary>
    private async Task<DateTimeOffset> MoveSecondAsync(string master)
    {
        // A sync covers every notification received up to its start: the move must come after the last one.
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await graph.InstancesAsync(Users.Lea, master))[1];
        var start = DateTimeOffset.Parse(second["start"]!["dateTime"]!.GetValue<string>() + "Z", System.Globalization.CultureInfo.InvariantCulture).AddDays(2);
        await graph.MoveAsync(Users.Lea, second["id"]!.GetValue<string>(), start, TimeSpan.FromHours(1));
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        return start;
    }

    internal static JsonObject Collection(string subscriptionId, string? clientState, string eventId, string etag, int count = 1) => new()
    {
        ["value"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["clientState"] = clientState,
            ["tenantId"] = Users.Lea.TenantId.ToString(),
            ["changeType"] = "updated",
            ["resource"] = $"Users/{Users.Lea.Id}/Events/{eventId}",
            ["resourceData"] = new JsonObject { ["id"] = eventId, ["@odata.etag"] = count == 1 ? etag : $"{etag}{i}" },
        })]),
    };
}
