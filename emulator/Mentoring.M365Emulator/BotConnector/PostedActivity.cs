namespace Mentoring.M365Emulator.BotConnector;

/// <summary>An activity Teams posted on its own to a bot's messaging endpoint (an install or a removal), and the bot's answer.</summary>
/// <param name="Status">The HTTP status the bot answered; 0 when it could not be reached.</param>
public sealed record PostedActivity(string Type, string? Action, Guid UserId, string BotAppId, string ConversationId, int Status);
