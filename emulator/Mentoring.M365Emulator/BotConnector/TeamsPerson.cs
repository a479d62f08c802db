using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>Someone Teams knows: a demo person, or one of the extra people a test or benchmark adds by the thousand.</summary>
public sealed record TeamsPerson(Guid TenantId, Guid Id, string DisplayName, string Locale, string TimeZone)
{
    /// <summary>The person's Teams id as bots see it ("29:1…"): opaque, stable, never to be parsed.</summary>
    public string Mri { get; } = "29:1" + Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes("user:" + Id)))[..42];

    internal static TeamsPerson From(DemoUser user) => new(user.TenantId, user.Id, user.DisplayName, user.PreferredLanguage, user.TimeZone);
}
