using Azure.Core;
using Azure.Identity;
using Mentoring.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Azure: secretless app tokens in each customer tenant (not exercised by the tests, which run on the emulator).</summary>
/// <remarks>
/// The multi-tenant app registration trusts the Functions app's managed identity through a federated identity credential
/// (infra-bicep). For tenant T we ask Entra for a Graph token of the app in T, proving the app's identity with a managed
/// identity token for audience api://AzureADTokenExchange as the client assertion. Azure.Identity caches the tokens.
/// </remarks>
internal sealed class FederatedTenantAuthentication : ITenantAuthentication
{
    private const string ExchangeScope = "api://AzureADTokenExchange/.default";

    private readonly GraphOptions options;
    private readonly ManagedIdentityCredential managedIdentity;

    public FederatedTenantAuthentication(IOptions<GraphOptions> options)
    {
        this.options = options.Value;
        managedIdentity = new ManagedIdentityCredential(this.options.ManagedIdentityClientId is { Length: > 0 } id
            ? ManagedIdentityId.FromUserAssignedClientId(id)
            : ManagedIdentityId.SystemAssigned);
    }

    public IAuthenticationProvider For(TenantId tenant)
    {
        var credential = new ClientAssertionCredential(
            tenant.ToString(),
            options.ClientId,
            async ct => (await managedIdentity.GetTokenAsync(new TokenRequestContext([ExchangeScope]), ct).ConfigureAwait(false)).Token,
            new ClientAssertionCredentialOptions { AuthorityHost = new Uri(options.Authority) });
        return new AzureIdentityAuthenticationProvider(credential, scopes: options.Scope);
    }
}
