using System.Net.Http.Json;
using Mentoring.Api.Tests.Scheduling.Timer;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Api.Tests.Scheduling.Notifications;

/// <summary>A person who organizes no series any more loses their subscription at renewal time (issue 22 item 1).</summary>
[Collection(NotificationHostCollection.Name)]
public sealed class UnsubscribeTests(NotificationHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task The_renewal_removes_the_subscription_of_an_organizer_whose_only_series_ended_at_graph_and_here()
    {
        // Nicolas organizes nothing else in this collection (the other tests' series are Léa's).
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var id = (await Circles.CreateAsync(nicolas, Circles.PeerGroup(Users.Nicolas, Users.Lea, Users.Chloe)))["id"]!.GetValue<string>();
        var scheduled = await nicolas.PostAsync($"circles/{id}/series", null);
        var master = (await scheduled.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["seriesMasterId"]!.GetValue<string>();
        await fixture.SettleAsync();
        var tenant = new TenantId(Users.Nicolas.TenantId);
        var subscription = (await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Nicolas.Id)))!;

        await graph.DeleteAsync(Users.Nicolas, master);
        await fixture.SettleAsync();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.Equal("ended", await Scheduled.StateAsync(nicolas, id));
        // Due for renewal without moving the collection's clock (the other tests schedule series relative to it).
        await fixture.Subscriptions.SaveAsync(subscription with { Expiry = fixture.Clock.GetUtcNow().AddDays(1) });
        Assert.True(await fixture.Host.RunTimerAsync("SubscriptionRenewalTimer"));

        Assert.Null(await fixture.Subscriptions.FindAsync(tenant, new PersonId(Users.Nicolas.Id)));
        Assert.Null(await fixture.Subscriptions.FindByIdAsync(tenant, subscription.SubscriptionId));
        Assert.DoesNotContain(subscription.SubscriptionId, fixture.Host.Emulator.Notifications.Ids);
        Assert.Contains(fixture.Host.Emulator.Log.Entries, e => e.Method == "DELETE" && e.PathAndQuery.Contains(subscription.SubscriptionId, StringComparison.Ordinal) && e.Status == 204);
    }
}
