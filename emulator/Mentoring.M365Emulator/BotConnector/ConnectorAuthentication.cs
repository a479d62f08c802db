using Mentoring.M365Emulator.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// What the Bot Connector accepts: an Entra token of a demo tenant for the resource https://api.botframework.com, obtained
/// by a registered bot with client credentials, in the v1 shape Entra issues for that resource. Anything else is a 401.
/// </summary>
internal sealed class ConnectorAuthentication(SigningKeys keys, BotRegistrations bots, TimeProvider time)
{
    public const string Resource = Identity.TokenEndpoint.BotFrameworkResource;

    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The calling bot's app id, or null with whether the token was good but the bot is not registered.</summary>
    public async Task<(string? BotAppId, bool NotRegistered)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return (null, false);

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidAudience = Resource,
            ValidIssuers = [TokenIssuer.V1IssuerFor(DemoDirectory.ContosoTenantId), TokenIssuer.V1IssuerFor(DemoDirectory.FabrikamTenantId)],
            IssuerSigningKey = keys.Signing.Key,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = ClockLifetime.Validator(time, TimeSpan.FromMinutes(5)),
        });
        if (!result.IsValid)
            return (null, false);

        // v2 tokens name the client in azp, v1 tokens in appid.
        var token = (JsonWebToken)result.SecurityToken;
        var client = token.TryGetPayloadValue<string>("azp", out var azp) ? azp
            : token.TryGetPayloadValue<string>("appid", out var appId) ? appId : null;
        return client is not null && bots.IsBot(client) ? (client, false) : (null, true);
    }
}
