using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>
/// The two authorities whose channel tokens a single-tenant / managed-identity bot accepts, each with its own keys: the Bot
/// Framework (issuer https://api.botframework.com, <see cref="BotOptions.OpenIdMetadataUrl"/>) and Entra ID in the bot's
/// tenant (v1 and v2 issuers, keys from the tenant's v2 metadata under <see cref="BotOptions.Authority"/>).
/// </summary>
internal sealed class ChannelSigningKeys(IHttpClientFactory httpClients, IOptions<BotOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    public BotFrameworkKeys BotFramework { get; } =
        new(httpClients, options.Value.OpenIdMetadataUrl, time, loggers.CreateLogger<BotFrameworkKeys>());

    /// <summary>Entra's keys for the bot's tenant; null when <see cref="BotOptions.AppTenantId"/> is not set (no Entra issuer is accepted).</summary>
    public BotFrameworkKeys? Entra { get; } = string.IsNullOrEmpty(options.Value.AppTenantId)
        ? null
        : new(httpClients, EntraMetadata(options.Value), time, loggers.CreateLogger<BotFrameworkKeys>());

    private static Uri EntraMetadata(BotOptions bot) =>
        new($"{bot.Authority.TrimEnd('/')}/{bot.AppTenantId}/v2.0/.well-known/openid-configuration");
}
