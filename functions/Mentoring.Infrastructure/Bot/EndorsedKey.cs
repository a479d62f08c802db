using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Infrastructure.Bot;

/// <summary>A Bot Framework signing key and the channels it is endorsed for (its JWKS entry's <c>endorsements</c>).</summary>
internal sealed record EndorsedKey(SecurityKey Key, IReadOnlySet<string> Endorsements);
