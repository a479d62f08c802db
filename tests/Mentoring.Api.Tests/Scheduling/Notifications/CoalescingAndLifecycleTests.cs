using System.Net;
using System.Net.Http.Json;
using Mentoring.Api.Tests.Scheduling.Timer;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Api.Tests.Scheduling.Notifications;

/// <summary>A storm of notifications is one sync (two when it is still arriving while the first runs); lost notifications and a removed subscription are caught up by delta; renewal.</summary>
[Collection(NotificationHostCollection.Name)]
public sealed class CoalescingAndLifecycleTests(NotificationHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task Ten_thousand_notifications_for_one_circle_repeated_and_out_of_order_make_one_sync()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (_, master) = await Scheduled.PeerGroupAsync(lea);
        await fixture.SettleAsync();
        var subscription = (await fixture.Subscriptions.FindAsync(new TenantId(Users.Lea.TenantId), new PersonId(Users.Lea.Id)))!;
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var reads = fixture.InstanceReads(master);

        // 100 collections of 100 notifications, each with its own version: 10,000 changes told, in no particular order.
        using var anonymous = fixture.Users.WithToken(null);
        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async batch =>
            (await anonymous.PostAsJsonAsync("notifications/calendar", ChangeNotificationTests.Collection(subscription.SubscriptionId, subscription.ClientState, master, $"W/\"{batch}-", 100))).StatusCode));
        await fixture.SettleAsync();

        // One sync for everything received before it started; the queue worker runs while the storm still arrives, and a
        // notification received during that sync may tell of a change it did not read: one more, then nothing (29 without
        // the coalescing, seen).
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        Assert.InRange(fixture.InstanceReads(master), reads + 1, reads + 2);
    }

    [Fact]
    public async Task A_lost_notification_is_caught_up_by_delta_after_missed_and_a_removed_subscription_is_made_again()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        await fixture.SettleAsync();
        var tenant = new TenantId(Users.Lea.TenantId);
        var first = (await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Lea.Id)))!;

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        fixture.Host.Emulator.Notifications.DropNext(1);
        var second = (await graph.InstancesAsync(Users.Lea, master))[1];
        var start = DateTimeOffset.Parse(second["start"]!["dateTime"]!.GetValue<string>() + "Z", System.Globalization.CultureInfo.InvariantCulture).AddDays(3);
        await graph.MoveAsync(Users.Lea, second["id"]!.GetValue<string>(), start, TimeSpan.FromHours(1));
        await fixture.SettleAsync();
        var stale = (await Scheduled.SeriesAsync(lea, id))["sessions"]![1]!["start"]!.GetValue<DateTimeOffset>();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        fixture.Host.Emulator.Notifications.SendLifecycle(first.SubscriptionId, "subscriptionRemoved");
        await fixture.SettleAsync();
        var recreated = (await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Lea.Id)))!;

        Assert.NotEqual(start, stale);
        Assert.Equal(start, (await Scheduled.SeriesAsync(lea, id))["sessions"]![1]!["start"]!.GetValue<DateTimeOffset>());
        Assert.NotEqual(first.SubscriptionId, recreated.SubscriptionId);
        Assert.Contains(recreated.SubscriptionId, fixture.Host.Emulator.Notifications.Ids);
        Assert.DoesNotContain(first.SubscriptionId, fixture.Host.Emulator.Notifications.Ids);
        Assert.Null(await fixture.Subscriptions.FindByIdAsync(tenant, first.SubscriptionId));
    }

    [Fact]
    public async Task The_renewal_timer_moves_a_subscription_close_to_expiry_on_by_the_outlook_maximum()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await Scheduled.PeerGroupAsync(lea);
        await fixture.SettleAsync();
        var tenant = new TenantId(Users.Lea.TenantId);
        var before = (await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Lea.Id)))!;

        fixture.Clock.Advance(before.Expiry - fixture.Clock.GetUtcNow() - TimeSpan.FromDays(1));
        Assert.True(await fixture.Host.RunTimerAsync("SubscriptionRenewalTimer"));
        var after = (await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Lea.Id)))!;

        Assert.Equal(before.SubscriptionId, after.SubscriptionId);
        Assert.InRange(after.Expiry, before.Expiry.AddDays(5), fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(10080));
        Assert.Contains(fixture.Host.Emulator.Log.Entries, e => e.Method == "PATCH" && e.PathAndQuery.Contains(before.SubscriptionId, StringComparison.Ordinal) && e.Status == 200);
    }
}
