namespace Mentoring.Infrastructure.Bot;

/// <summary>Checks the token a channel (Teams, through the Bot Connector) puts on an activity it posts to the bot.</summary>
public interface IChannelTokenValidator
{
    /// <param name="authorization">The request's Authorization header, if any.</param>
    /// <param name="serviceUrl">The activity's serviceUrl, which the token's <c>serviceurl</c> claim must name.</param>
    Task<ChannelTokenCheck> ValidateAsync(string? authorization, string? serviceUrl, CancellationToken cancellationToken = default);
}
