namespace Mentoring.Core.Delivery;

/// <summary>A person's 1:1 chat with the bot: where to post (the tenant's Bot Connector) and which conversation.</summary>
public sealed record BotConversation(string ServiceUrl, string ConversationId);
