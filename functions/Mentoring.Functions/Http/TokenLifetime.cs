using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Functions.Http;

/// <summary>
/// Microsoft.IdentityModel's own lifetime rules (an expiry unless not required; not before, not after, each with the clock
/// skew; the same exceptions), on the injected clock rather than DateTime.UtcNow: the system clock in production, so nothing
/// changes there, and the fixed clock of a test, which the emulator issuing the tokens shares.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator On(TimeProvider time) => (notBefore, expires, _, parameters) =>
    {
        if (!parameters.ValidateLifetime)
        {
            return true;
        }

        if (expires is null && parameters.RequireExpirationTime)
        {
            throw new SecurityTokenNoExpirationException("IDX10225: the token has no expiration time.");
        }

        if (notBefore is { } from && expires is { } until && from > until)
        {
            throw new SecurityTokenInvalidLifetimeException($"IDX10224: NotBefore '{from:O}' is after Expires '{until:O}'.") { NotBefore = from, Expires = until };
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (notBefore is { } early && early > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException($"IDX10222: the token is not yet valid: NotBefore '{early:O}', now '{now:O}'.") { NotBefore = early };
        }

        if (expires is { } late && late < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException($"IDX10223: the token has expired: Expires '{late:O}', now '{now:O}'.") { Expires = late };
        }

        return true;
    };
}
