using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.Infrastructure.Bot;

/// <summary>
/// Which issuers a bot registered with a user-assigned managed identity (single-tenant) accepts, and with which keys.
/// </summary>
/// <remarks>
/// botbuilder-dotnet (Microsoft.Bot.Connector/Authentication/ParameterizedBotFrameworkAuthentication.cs, ChannelValidation):
/// channel tokens carry issuer https://api.botframework.com, checked with the keys of login.botframework.com endorsed for the
/// channel. The Microsoft 365 Agents SDK (microsoft/Agents-for-net, AddAgentAspNetAuthentication with TokenValidation:TenantId)
/// accepts, besides it, Entra's v1 and v2 issuers of the bot's own tenant, checked with Entra's keys:
/// https://sts.windows.net/{tenant}/ and https://login.microsoftonline.com/{tenant}/v2.0. Not accepted: the Bot Framework
/// tenant's and other first-party tenants' Entra issuers (d6d49420-…, f8cdef31-…), which only the Bot Framework Emulator,
/// skills and multi-tenant bots receive; a single-tenant bot that is no skill never gets them.
/// </remarks>
internal static class ChannelTokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>The key source for <paramref name="token"/>'s issuer and version, or null when this bot accepts neither.</summary>
    public static BotFrameworkKeys? KeysFor(JsonWebToken token, BotOptions bot, ChannelSigningKeys keys)
    {
        if (token.Issuer == BotFramework)
            return keys.BotFramework;
        if (keys.Entra is null)
            return null;
        var version = token.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        if (version == "2.0" && token.Issuer == $"{bot.Authority.TrimEnd('/')}/{bot.AppTenantId}/v2.0")
            return keys.Entra;
        if (version == "1.0" && token.Issuer == $"https://sts.windows.net/{bot.AppTenantId}/")
            return keys.Entra;
        return null;
    }
}
