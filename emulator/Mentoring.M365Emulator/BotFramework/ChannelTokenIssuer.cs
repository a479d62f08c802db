using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotFramework;

/// <summary>
/// Signs the tokens the Bot Connector puts on the activities it posts to a bot's endpoint: issuer
/// https://api.botframework.com, audience the bot's app id, the lowercase <c>serviceurl</c> claim, a short lifetime.
/// </summary>
internal sealed class ChannelTokenIssuer(BotSigningKeys keys, Identity.SigningKeys entraKeys, TimeProvider time)
{
    public const string Issuer = "https://api.botframework.com";

    // Real channel tokens live about an hour; enough here too.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Create(string botAppId, string serviceUrl, ChannelTokenFlaw flaw = ChannelTokenFlaw.None)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Expired beyond any reasonable clock skew (bots allow 5 minutes), with nbf still before exp.
        var notBefore = flaw == ChannelTokenFlaw.Expired ? now.AddHours(-2) : now.AddMinutes(-1);
        var expires = flaw == ChannelTokenFlaw.Expired ? now.AddMinutes(-30) : notBefore.Add(Lifetime);
        var claims = new Dictionary<string, object>
        {
            ["serviceurl"] = flaw == ChannelTokenFlaw.ServiceUrlMismatch ? "https://smba.trafficmanager.net/elsewhere/" : serviceUrl,
        };

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = flaw == ChannelTokenFlaw.WrongIssuer ? "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" : Issuer,
            Audience = flaw == ChannelTokenFlaw.WrongAudience ? Guid.Empty.ToString() : botAppId,
            Claims = claims,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = flaw switch
            {
                ChannelTokenFlaw.UnknownKey => keys.Unknown,
                ChannelTokenFlaw.NotEndorsedForTeams => keys.Other,
                ChannelTokenFlaw.KeyOfTheOtherSource => entraKeys.Signing,
                _ => keys.Teams,
            },
        });
    }
}
