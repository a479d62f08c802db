using Mentoring.Core.Delivery;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>Exactly one card per member per session: the real queues, outbox and queue host on Azurite, the emulator's Bot Connector.</summary>
[Collection(DispatchHostCollection.Name)]
public sealed class DeliveryGuaranteeTests(DispatchHostFixture fixture)
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Eight_workers_on_the_same_card_deliver_it_once()
    {
        fixture.Teams.Faults.Reset();
        fixture.Crashes.Reset(null);
        var cards = new SyntheticCards(fixture, 1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var scope = fixture.Host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<DeliverCard>().ExecuteAsync(cards.Cards[0]);
        }));

        Assert.Equal(1, cards.DeliveredCounts().Values.Single());
        Assert.Single(outcomes, o => o.Result == DeliveryResult.Sent);
        Assert.Equal(OutboxState.Sent, (await cards.StatesAsync()).Values.Single());
    }

    [Fact]
    public async Task Ten_percent_of_bot_calls_failing_including_lost_responses_send_no_duplicate()
    {
        fixture.Crashes.Reset(null);
        var cards = new SyntheticCards(fixture, 300);

        // 5% refused as Teams does (429, 412, 502, 503, 504), 5% of writes carried out with their answer lost.
        fixture.Teams.Faults.Configure(new FaultSettings(FailureRate: 0.05, Statuses: [429, 412, 502, 503, 504], LostResponseRate: 0.05, Seed: 7));
        try
        {
            // Every card message twice: what two timers fanning out the same session at once produce.
            await cards.EnqueueAsync();
            await cards.EnqueueAsync();
            await fixture.Host.DrainQueuesAsync(Drain);
        }
        finally
        {
            fixture.Teams.Faults.Reset();
        }

        var delivered = cards.DeliveredCounts();
        var states = await cards.StatesAsync();
        Assert.All(delivered.Values, n => Assert.InRange(n, 0, 1));
        Assert.All(states.Values, s => Assert.Contains(s, new[] { OutboxState.Sent, OutboxState.Unknown }));

        // Sent means it is in the chat; only an unknown outcome may be missing from it, and those are few.
        Assert.All(states.Where(s => s.Value == OutboxState.Sent), s => Assert.Equal(1, delivered[s.Key]));
        Assert.InRange(states.Values.Count(s => s == OutboxState.Unknown), 1, 30);
    }

    [Theory]
    [InlineData(DeliveryStep.Claimed, OutboxState.Sent, 1)]
    [InlineData(DeliveryStep.Opened, OutboxState.Sent, 1)]
    [InlineData(DeliveryStep.MarkedSending, OutboxState.Unknown, 0)]
    [InlineData(DeliveryStep.Delivered, OutboxState.Unknown, 1)]
    public async Task A_worker_crashing_between_steps_never_causes_a_second_card(DeliveryStep crashAt, OutboxState final, int cardsInChat)
    {
        fixture.Teams.Faults.Reset();
        fixture.Crashes.Reset(crashAt);
        var cards = new SyntheticCards(fixture, 20);

        await cards.EnqueueAsync();
        await WaitUntilAsync(() => fixture.Crashes.Crashes == cards.Cards.Count);

        // The crashed workers' leases run out; their messages come back and find the cards where they stopped.
        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        await fixture.Host.DrainQueuesAsync(Drain);

        var delivered = cards.DeliveredCounts();
        Assert.All(cards.Cards, c => Assert.Equal(cardsInChat, delivered.GetValueOrDefault(c.Member)));
        Assert.All((await cards.StatesAsync()).Values, s => Assert.Equal(final, s));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(50, limit.Token);
        }
    }
}
