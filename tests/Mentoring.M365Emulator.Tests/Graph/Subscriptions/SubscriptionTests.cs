using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph.Subscriptions;

/// <summary>POST/PATCH/DELETE /subscriptions on a mailbox's events, and the notifications and lifecycle events Graph posts.</summary>
public sealed class SubscriptionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task A_validated_subscription_hears_of_each_change_of_the_mailbox_with_its_client_state()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        var subscription = await SubscribeAsync(hook, Seeds.Hugo.Id);

        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var id = created.GetProperty("id").GetString()!;
        var hugos = (await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events")).GetProperty("value").EnumerateArray()
            .Single(e => e.GetProperty("iCalUId").GetString() == created.GetProperty("iCalUId").GetString()).GetProperty("id").GetString()!;
        await _graph.JsonAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}", """{"subject":"Mentorat (déplacé)"}""");
        using var deleted = await _graph.SendAsync(HttpMethod.Delete, $"users/{Seeds.Camille.Id}/events/{id}");
        await fixture.Emulator.Notifications.WhenIdleAsync();

        var tokens = Assert.Single(hook.ValidationTokens);
        Assert.StartsWith("Validation: ", tokens);
        // Hugo is an attendee: his subscription names his own copy of the meeting, never the organizer's item (issue 22 item 1).
        Assert.NotEqual(id, hugos);
        Assert.DoesNotContain(hook.Notifications(), n => n["resource"]!.GetValue<string>().EndsWith(id, StringComparison.Ordinal));
        var told = hook.Notifications().Where(n => n["resource"]!.GetValue<string>().EndsWith(hugos, StringComparison.Ordinal)).ToList();
        Assert.Equal(["created", "updated", "deleted"], told.Select(n => n["changeType"]!.GetValue<string>()));
        Assert.All(told, n => Assert.Equal("secret-of-this-subscription", n["clientState"]!.GetValue<string>()));
        Assert.All(told, n => Assert.Equal(subscription, n["subscriptionId"]!.GetValue<string>()));
        Assert.Equal($"Users/{Seeds.Hugo.Id}/Events/{hugos}", told[0]["resource"]!.GetValue<string>());
        Assert.Equal(hugos, told[0]["resourceData"]!["id"]!.GetValue<string>());
        Assert.StartsWith("W/\"", told[1]["resourceData"]!["@odata.etag"]!.GetValue<string>());
        Assert.NotEqual(told[0]["resourceData"]!["@odata.etag"]!.ToString(), told[1]["resourceData"]!["@odata.etag"]!.ToString());
    }

    [Fact]
    public async Task An_endpoint_that_does_not_echo_the_token_or_a_lifetime_past_the_outlook_maximum_creates_nothing()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        hook.EchoesToken = false;
        using var unvalidated = await PostAsync(hook, Seeds.Camille.Id, fixture.Clock.GetUtcNow().AddDays(1));
        hook.EchoesToken = true;
        using var tooLong = await PostAsync(hook, Seeds.Camille.Id, fixture.Clock.GetUtcNow().AddMinutes(10081));
        using var past = await PostAsync(hook, Seeds.Camille.Id, fixture.Clock.GetUtcNow().AddMinutes(-1));

        Assert.Equal(HttpStatusCode.BadRequest, unvalidated.StatusCode);
        Assert.Contains("ValidationError", await unvalidated.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("10080 minutes", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
    }

    [Fact]
    public async Task A_subscription_is_renewed_up_to_the_maximum_deleted_once_and_gone_when_expired()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        var id = await SubscribeAsync(hook, Seeds.Emilie.Id);
        var max = fixture.Clock.GetUtcNow().AddMinutes(10080).ToString("O");
        var renewed = await _graph.JsonAsync(HttpMethod.Patch, $"subscriptions/{id}", $$"""{"expirationDateTime":"{{max}}"}""");
        using var other = await _graph.SendAsync(HttpMethod.Patch, $"subscriptions/{id}", """{"clientState":"x"}""");
        using var removed = await _graph.SendAsync(HttpMethod.Delete, $"subscriptions/{id}");
        using var again = await _graph.SendAsync(HttpMethod.Delete, $"subscriptions/{id}");
        var expiring = await SubscribeAsync(hook, Seeds.Emilie.Id, lifetime: TimeSpan.FromMinutes(5));
        fixture.Clock.Advance(TimeSpan.FromMinutes(6));
        using var expired = await _graph.SendAsync(HttpMethod.Get, $"subscriptions/{expiring}");

        Assert.Equal(DateTimeOffset.Parse(max), renewed.GetProperty("expirationDateTime").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task Dropped_notifications_are_never_sent_and_lifecycle_events_go_to_the_lifecycle_url()
    {
        await using var hook = await RecordingWebhook.StartAsync();
        var id = await SubscribeAsync(hook, Seeds.Emilie.Id, lifecycle: true);
        fixture.Emulator.Notifications.DropNext(1);
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Emilie.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        await _graph.JsonAsync(HttpMethod.Patch, $"users/{Seeds.Emilie.Id}/events/{created.GetProperty("id").GetString()}", """{"subject":"x"}""");
        fixture.Emulator.Notifications.SendLifecycle(id, "missed");
        fixture.Emulator.Notifications.SendLifecycle(id, "subscriptionRemoved");
        await fixture.Emulator.Notifications.WhenIdleAsync();
        using var gone = await _graph.SendAsync(HttpMethod.Get, $"subscriptions/{id}");

        Assert.Equal(["updated"], hook.Notifications().Select(n => n["changeType"]!.GetValue<string>()));
        Assert.Equal(["missed", "subscriptionRemoved"], hook.Notifications("/lifecycle").Select(n => n["lifecycleEvent"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private async Task<string> SubscribeAsync(RecordingWebhook hook, Guid mailbox, bool lifecycle = false, TimeSpan? lifetime = null)
    {
        using var response = await PostAsync(hook, mailbox, fixture.Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromHours(1)), lifecycle);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> PostAsync(RecordingWebhook hook, Guid mailbox, DateTimeOffset expiry, bool lifecycle = false) =>
        _graph.SendAsync(HttpMethod.Post, "subscriptions", JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["changeType"] = "created,updated,deleted",
            ["notificationUrl"] = hook.Url.ToString(),
            ["resource"] = $"/users/{mailbox}/events",
            ["expirationDateTime"] = expiry.ToString("O"),
            ["clientState"] = "secret-of-this-subscription",
            [lifecycle ? "lifecycleNotificationUrl" : "latestSupportedTlsVersion"] = lifecycle ? hook.LifecycleUrl.ToString() : "v1_2",
        }));
}
