using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Infrastructure.Bot;

/// <summary>
/// Checks a channel token the way botbuilder's ChannelValidation and JwtTokenExtractor do: RS256-family signature by a
/// key of its issuer (<see cref="ChannelTokenIssuers"/>: the Bot Framework's, endorsed for Teams, for
/// https://api.botframework.com; Entra's for the bot tenant's v1/v2 issuers), audience the bot's app id, lifetime with
/// five minutes of skew (against the injected clock), and the <c>serviceurl</c> claim naming the activity's serviceUrl,
/// so a token captured from one conversation's service cannot be replayed to make the bot answer somewhere else.
/// </summary>
internal sealed class ChannelTokenValidator(ChannelSigningKeys sources, IOptions<BotOptions> options, TimeProvider time) : IChannelTokenValidator
{
    public const string Issuer = ChannelTokenIssuers.BotFramework;

    /// <summary>The channel this bot serves; its tokens must be signed by a key endorsed for it.</summary>
    public const string TeamsChannel = "msteams";

    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<ChannelTokenCheck> ValidateAsync(string? authorization, string? serviceUrl, CancellationToken cancellationToken = default)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return ChannelTokenCheck.Refused("no bearer token");
        var appId = options.Value.AppId;
        if (string.IsNullOrEmpty(appId))
            return ChannelTokenCheck.Refused("Bot:AppId is not set");
        var raw = authorization[scheme.Length..].Trim();
        if (!_handler.CanReadToken(raw))
            return ChannelTokenCheck.Refused("not a JWT");

        var token = _handler.ReadJsonWebToken(raw);
        if (ChannelTokenIssuers.KeysFor(token, options.Value, sources) is not { } keys)
            return ChannelTokenCheck.Refused($"issuer '{token.Issuer}' (ver {VersionOf(token)}) is not one this bot accepts");

        // A channel is an app: an Entra token with delegated scopes was issued to a person, whom it must not let post activities.
        if (keys != sources.BotFramework && token.TryGetClaim("scp", out _))
            return ChannelTokenCheck.Refused("a person's delegated token (scp) is not a channel token");
        EndorsedKey? key;
        try
        {
            key = await keys.FindAsync(token.Kid ?? "", cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ChannelTokenCheck(ChannelTokenOutcome.KeysUnavailable, e.Message);
        }

        if (key is null)
            return ChannelTokenCheck.Refused($"signing key '{token.Kid}' is not published by its issuer");
        if (keys == sources.BotFramework && !key.Endorsements.Contains(TeamsChannel))
            return ChannelTokenCheck.Refused($"signing key '{token.Kid}' is not endorsed for {TeamsChannel}");

        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = token.Issuer, // one of the accepted issuers, each checked with its own keys above
            ValidAudience = appId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,

            // Checked below against the injected clock rather than the machine's.
            ValidateLifetime = false,
        });
        if (!result.IsValid)
            return ChannelTokenCheck.Refused(result.Exception?.Message ?? "invalid token");

        return Lifetime(token) ?? ServiceUrl(token, serviceUrl, required: keys == sources.BotFramework) ?? ChannelTokenCheck.Valid;
    }

    private static string VersionOf(JsonWebToken token) => token.TryGetPayloadValue<string>("ver", out var ver) ? ver : "none";

    private ChannelTokenCheck? Lifetime(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
            return ChannelTokenCheck.Refused("no expiry");
        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo + ClockSkew < now)
            return ChannelTokenCheck.Refused($"expired at {token.ValidTo:O}");
        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom - ClockSkew > now)
            return ChannelTokenCheck.Refused($"not valid before {token.ValidFrom:O}");
        return null;
    }

    // The Bot Framework always names the service (botbuilder requires it); an Entra-issued token need not, and the Agents SDK
    // does not look for it, so there it is checked only when present.
    private static ChannelTokenCheck? ServiceUrl(JsonWebToken token, string? serviceUrl, bool required)
    {
        // botbuilder compares case-insensitively; so does this.
        var claim = token.TryGetClaim("serviceurl", out var c) ? c.Value : null;
        if (claim is null && !required)
            return null;
        return !string.IsNullOrEmpty(claim) && string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : ChannelTokenCheck.Refused("the serviceurl claim does not name the activity's serviceUrl");
    }
}
