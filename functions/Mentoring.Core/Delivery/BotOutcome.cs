namespace Mentoring.Core.Delivery;

/// <summary>The result of opening a conversation or sending a card.</summary>
/// <param name="Conversation">Set when opening is <see cref="BotStatus.Done"/>.</param>
/// <param name="ActivityId">Set when a send is <see cref="BotStatus.Done"/>.</param>
/// <param name="RetryAfter">With <see cref="BotStatus.RetryLater"/>: what the service asked for, if anything.</param>
/// <param name="Detail">The service's error code or what went wrong, for the outbox row.</param>
public sealed record BotOutcome(BotStatus Status, BotConversation? Conversation = null, string? ActivityId = null, TimeSpan? RetryAfter = null, string? Detail = null)
{
    public static BotOutcome Opened(BotConversation conversation) => new(BotStatus.Done, Conversation: conversation);

    public static BotOutcome Delivered(string activityId) => new(BotStatus.Done, ActivityId: activityId);
}
