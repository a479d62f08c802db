using Mentoring.Core.Common;
using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Local runs: client credentials with a secret at the emulator's http:// authority (which MSAL refuses).</summary>
/// <remarks>Reuses the Graph token cache with the bot's identity and the Bot Framework scope: the same grant, another audience.</remarks>
internal sealed class SecretBotTokens : IBotTokens
{
    private readonly ClientCredentialsTokens tokens;
    private readonly TenantId home;

    public SecretBotTokens(HttpClient http, IOptions<BotOptions> options, TimeProvider time)
    {
        var o = options.Value;
        home = TenantId.TryParse(o.AppTenantId, out var id) ? id : throw new InvalidOperationException("Bot:AppTenantId must be the bot's home tenant id.");
        tokens = new ClientCredentialsTokens(http, Options.Create(new GraphOptions { Authority = o.Authority, ClientId = o.AppId, ClientSecret = o.ClientSecret, Scope = o.Scope }), time);
    }

    public Task<string> GetAsync(CancellationToken cancellationToken) => tokens.GetAsync(home, cancellationToken);
}
