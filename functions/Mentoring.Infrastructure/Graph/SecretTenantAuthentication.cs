using Mentoring.Core.Common;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Local runs: bearer tokens from the client-credentials grant with a secret (the emulator accepts any).</summary>
internal sealed class SecretTenantAuthentication(ClientCredentialsTokens tokens) : ITenantAuthentication
{
    public IAuthenticationProvider For(TenantId tenant) =>
        new BaseBearerTokenAuthenticationProvider(new TenantAccessTokenProvider(tokens, tenant));
}
