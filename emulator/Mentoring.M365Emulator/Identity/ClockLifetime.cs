using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Identity;

/// <summary>A token lifetime check on the emulator's own clock, so tokens it issued under a test's fake clock stay valid under it.</summary>
internal static class ClockLifetime
{
    public static LifetimeValidator Validator(TimeProvider time, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore.Value <= now + skew) && expires is not null && expires.Value >= now - skew;
    };
}
