using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>
/// Follow-up cards for many people of one made-up session (the card queue and the outbox never look at circles): people
/// of the demo tenant who exist only in Teams, without the app until the product installs it.
/// </summary>
public sealed class SyntheticCards
{
    private readonly DispatchHostFixture fixture;

    public SyntheticCards(DispatchHostFixture fixture, int members)
    {
        this.fixture = fixture;
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var people = fixture.Teams.AddPeople(tenant.Value, Enumerable.Range(0, members).Select(_ => Guid.NewGuid()));
        var circle = new CircleId(Guid.NewGuid());
        Cards = [.. people.Select(p => new CardDelivery(tenant, circle, "20991231T1800Z", new PersonId(p.Id), CardKind.FollowUp))];
    }

    public IReadOnlyList<CardDelivery> Cards { get; }

    public Task EnqueueAsync() => fixture.Host.Services.GetRequiredService<IDeliveryQueue>().EnqueueCardsAsync(Cards);

    public async Task<IReadOnlyDictionary<PersonId, OutboxState>> StatesAsync()
    {
        var outbox = fixture.Host.Services.GetRequiredService<IOutbox>();
        var states = new Dictionary<PersonId, OutboxState>();
        foreach (var card in Cards)
        {
            states[card.Member] = (await outbox.FindAsync(card))?.State ?? OutboxState.Pending;
        }

        return states;
    }

    /// <summary>How many cards are in each member's chat, read from the emulator's conversations.</summary>
    public Dictionary<PersonId, int> DeliveredCounts() =>
        Cards.ToDictionary(c => c.Member, c => fixture.ChatOf(c.Member.Value).Count);
}
