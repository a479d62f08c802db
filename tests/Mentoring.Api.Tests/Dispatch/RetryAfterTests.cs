using System.Diagnostics;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>A card Teams defers with a Retry-After comes back after that wait, not after the queue's 30 s visibility timeout.</summary>
/// <remarks>Queue visibility is Azurite's, in real time: the test measures the real time between the refusal and the delivery.</remarks>
[Collection(RetryAfterHostCollection.Name)]
public sealed class RetryAfterTests(RetryAfterHostFixture fixture)
{
    [Fact]
    public async Task A_card_deferred_by_10_s_is_delivered_after_10_s_not_after_the_30_s_visibility_timeout_once()
    {
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var person = fixture.Teams.AddPeople(tenant.Value, [Guid.NewGuid()])[0];
        var card = new CardDelivery(tenant, new CircleId(Guid.NewGuid()), "20991231T1800Z", new PersonId(person.Id), CardKind.FollowUp);

        // Teams throttles the first request with a 10 s Retry-After, then answers normally.
        fixture.Teams.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [429], RetryAfterSeconds: 10));
        await fixture.Host.Services.GetRequiredService<IDeliveryQueue>().EnqueueCardsAsync([card]);
        await WaitUntilAsync(() => fixture.Teams.Log.Entries.Any(e => e.Status == 429));
        fixture.Teams.Faults.Reset();
        var sinceRefusal = Stopwatch.StartNew();

        await WaitUntilAsync(() => Chat(person.Id).Count > 0);
        var waited = sinceRefusal.Elapsed;
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(90));

        Assert.InRange(waited, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(25));
        Assert.Single(Chat(person.Id));
        Assert.Equal(OutboxState.Sent, (await fixture.Host.Services.GetRequiredService<IOutbox>().FindAsync(card))?.State);
    }

    private IReadOnlyList<string> Chat(Guid person) =>
        [.. fixture.Teams.ConversationsOf(person).SelectMany(fixture.Teams.ActivitiesOf).Select(a => (string?)a["summary"] ?? "")];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(50, limit.Token);
        }
    }
}
