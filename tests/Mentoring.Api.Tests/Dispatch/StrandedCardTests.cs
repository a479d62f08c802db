using Mentoring.Core.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>
/// A card whose queue message is gone (moved to the poison queue) while its outbox row was not final: the dispatch timer's
/// sweep gives it a message again, once nobody holds it, and the outbox still allows no second card.
/// </summary>
[Collection(DispatchHostCollection.Name)]
public sealed class StrandedCardTests(DispatchHostFixture fixture)
{
    [Theory]
    [InlineData(DeliveryStep.Claimed, OutboxState.Claimed, OutboxState.Sent, 1)]
    [InlineData(DeliveryStep.MarkedSending, OutboxState.Sending, OutboxState.Unknown, 0)]
    public async Task A_card_left_unfinished_without_a_message_is_taken_again_by_the_dispatch_timer(DeliveryStep stoppedAt, OutboxState left, OutboxState final, int cardsInChat)
    {
        fixture.Teams.Faults.Reset();
        var cards = new SyntheticCards(fixture, 6);
        var first = cards.Cards[0];
        var session = new DueSession(first.Tenant, first.Circle, first.SessionId, first.Kind, fixture.Clock.GetUtcNow(), fixture.Clock.GetUtcNow().AddHours(-1), fixture.Clock.GetUtcNow());

        // Each worker stops at the step and no message is left in any queue: what the poison queue leaves behind.
        fixture.Crashes.Reset(stoppedAt);
        foreach (var card in cards.Cards)
        {
            using var scope = fixture.Host.Services.CreateScope();
            await Assert.ThrowsAsync<SimulatedCrashException>(() => scope.ServiceProvider.GetRequiredService<DeliverCard>().ExecuteAsync(card));
        }

        fixture.Crashes.Reset(null);
        var dispatched = fixture.Host.Services.GetRequiredService<IDispatchedSessions>();
        await dispatched.AddAsync(session, fixture.Clock.GetUtcNow());

        // While the leases run, the rows may still be someone's: left alone.
        await TimerAsync();
        Assert.All((await cards.StatesAsync()).Values, s => Assert.Equal(left, s));
        Assert.All(cards.DeliveredCounts().Values, n => Assert.Equal(0, n));

        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        await TimerAsync();
        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        await TimerAsync();

        Assert.All((await cards.StatesAsync()).Values, s => Assert.Equal(final, s));
        Assert.All(cards.DeliveredCounts().Values, n => Assert.Equal(cardsInChat, n));

        // Every row final and the session long dispatched: it is no longer read.
        Assert.Contains(await dispatched.ListAsync().ToListAsync(), d => d.Session.Circle == session.Circle);
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await TimerAsync();
        Assert.DoesNotContain(await dispatched.ListAsync().ToListAsync(), d => d.Session.Circle == session.Circle);
    }

    private async Task TimerAsync()
    {
        await fixture.Host.RunTimerAsync("DispatchTimer");
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
    }
}
