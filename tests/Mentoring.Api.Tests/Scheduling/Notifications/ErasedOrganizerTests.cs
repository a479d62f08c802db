using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Scheduling.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Scheduling.Notifications;

/// <summary>
/// An erasure is not undone by calendar work it overtook: a follow asked before the person's erasure began (a queued work item a
/// worker still held) or while it runs subscribes to nothing; one asked after they came back does.
/// </summary>
[Collection(NotificationHostCollection.Name)]
public sealed class ErasedOrganizerTests(NotificationHostFixture fixture)
{
    [Fact]
    public async Task A_follow_asked_before_or_during_an_erasure_follows_nothing_and_one_asked_after_the_person_came_back_does()
    {
        // Hugo organizes nothing in this collection: only this test follows his calendar.
        var tenant = new TenantId(Users.Hugo.TenantId);
        var hugo = new PersonId(Users.Hugo.Id);
        var log = fixture.Host.Services.GetRequiredService<IErasureLog>();
        var follow = fixture.Host.Services.GetRequiredService<FollowOrganizer>();
        await fixture.SettleAsync();
        var subscriptionsAtGraph = fixture.Host.Emulator.Notifications.Ids.Count;

        var askedBefore = fixture.Clock.GetUtcNow();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await log.StartAsync(tenant, hugo, [], [], fixture.Clock.GetUtcNow());
        var whileRunning = await follow.EnsureAsync(tenant, hugo, fixture.Clock.GetUtcNow());
        await log.CompleteAsync(tenant, hugo, fixture.Clock.GetUtcNow());
        var afterwards = await follow.EnsureAsync(tenant, hugo, askedBefore);
        var leftBehind = await fixture.Subscriptions.FindAsync(tenant, hugo);
        var atGraphWhileErased = fixture.Host.Emulator.Notifications.Ids.Count;

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var back = await follow.EnsureAsync(tenant, hugo, fixture.Clock.GetUtcNow());
        var followed = await fixture.Subscriptions.FindAsync(tenant, hugo);
        if (followed is not null)
        {
            await follow.StopAsync(followed);
        }

        Assert.Equal((CalendarCatchUp.NotFollowed, CalendarCatchUp.NotFollowed), (Code(whileRunning), Code(afterwards)));
        Assert.Null(leftBehind);
        Assert.Equal(subscriptionsAtGraph, atGraphWhileErased);
        Assert.True(back.IsSuccess);
        Assert.NotNull(followed);
    }

    private static string Code(Result<MailboxSubscription> result) =>
        result.IsSuccess ? $"followed {result.Value.SubscriptionId}" : result.Errors.Single().Code;
}
