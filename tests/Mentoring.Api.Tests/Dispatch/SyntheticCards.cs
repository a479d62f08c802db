using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>Follow-up cards for many members of one made-up session (the card queue and the outbox never look at circles).</summary>
public sealed class SyntheticCards
{
    private readonly LocalHostApp host;

    public SyntheticCards(LocalHostApp host, int members)
    {
        this.host = host;
        var (tenant, circle) = (new TenantId(Guid.NewGuid()), new CircleId(Guid.NewGuid()));
        Cards = [.. Enumerable.Range(0, members).Select(_ => new CardDelivery(tenant, circle, "20991231T1800Z", new PersonId(Guid.NewGuid()), CardKind.FollowUp))];
    }

    public IReadOnlyList<CardDelivery> Cards { get; }

    public Task EnqueueAsync() => host.Services.GetRequiredService<IDeliveryQueue>().EnqueueCardsAsync(Cards);

    public async Task<IReadOnlyDictionary<PersonId, OutboxState>> StatesAsync()
    {
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var states = new Dictionary<PersonId, OutboxState>();
        foreach (var card in Cards)
        {
            states[card.Member] = (await outbox.FindAsync(card))?.State ?? OutboxState.Pending;
        }

        return states;
    }

    /// <summary>How many cards reached each of these members' chats.</summary>
    public Dictionary<PersonId, int> DeliveredCounts(FaultyTeams teams)
    {
        var mine = Cards.Select(c => c.Member).ToHashSet();
        return teams.Delivered.Where(d => mine.Contains(d.Person)).GroupBy(d => d.Person).ToDictionary(g => g.Key, g => g.Count());
    }
}
