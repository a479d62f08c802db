namespace Mentoring.Functions.Bot;

/// <summary>The parts of a Bot Framework activity the bot reads; everything else in the body is ignored.</summary>
/// <remarks>The conversation, channel data, sender and action tell the delivery which tenant's service URL this is and who installed or removed the app.</remarks>
public sealed record BotActivity(
    string? Type,
    string? Name,
    string? ServiceUrl,
    string? ChannelId,
    string? Locale,
    BotActivityConversation? Conversation = null,
    BotActivityChannelData? ChannelData = null,
    BotActivityAccount? From = null,
    string? Action = null);
