using System.Collections.Concurrent;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>
/// Stands in for the Bot Connector at the product's port until the emulator's Bot Connector is on main: records every card
/// that reached a person's chat and fails a seeded share of calls as Teams does: throttled before delivery, timed out
/// before delivery, or delivered with the response lost.
/// </summary>
public sealed class FaultyTeams : IBotMessenger
{
    private readonly object gate = new();
    private Random random = new(42);

    /// <summary>Every card that reached a chat: (person, summary), in order. The oracle counts duplicates here.</summary>
    public ConcurrentQueue<(PersonId Person, string Summary)> Delivered { get; } = new();

    public double FaultRate { get; set; }

    public void Reset(double faultRate, int seed)
    {
        lock (gate)
        {
            random = new Random(seed);
        }

        FaultRate = faultRate;
        Delivered.Clear();
    }

    public Task<BotOutcome> OpenAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        Task.FromResult(Roll() < FaultRate
            ? new BotOutcome(BotStatus.RetryLater, RetryAfter: TimeSpan.FromSeconds(1), Detail: "Throttled")
            : BotOutcome.Opened(new BotConversation("http://teams.test/", "a:" + person)));

    public Task<BotOutcome> SendAsync(TenantId tenant, PersonId person, BotConversation conversation, MemberCard card, CancellationToken cancellationToken = default)
    {
        var roll = Roll();
        if (roll < FaultRate / 3)
        {
            return Task.FromResult(new BotOutcome(BotStatus.RetryLater, RetryAfter: TimeSpan.FromSeconds(1), Detail: "Throttled"));
        }

        if (roll < FaultRate * 2 / 3)
        {
            return Task.FromResult(new BotOutcome(BotStatus.Unknown, Detail: "timeout"));
        }

        Delivered.Enqueue((person, card.Summary));
        return Task.FromResult(roll < FaultRate
            ? new BotOutcome(BotStatus.Unknown, Detail: "responseLost")
            : BotOutcome.Delivered("1:" + Guid.NewGuid().ToString("N")));
    }

    private double Roll()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }
}
