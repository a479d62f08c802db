namespace Mentoring.Infrastructure.Bot;

/// <summary>The bot's own access token for the Bot Connector (one tenant: the bot's home).</summary>
internal interface IBotTokens
{
    Task<string> GetAsync(CancellationToken cancellationToken);
}
