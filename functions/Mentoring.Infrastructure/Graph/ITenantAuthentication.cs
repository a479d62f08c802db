using Mentoring.Core.Common;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Authenticates Graph requests as the app in one customer tenant: Graph app tokens are issued per tenant.</summary>
internal interface ITenantAuthentication
{
    IAuthenticationProvider For(TenantId tenant);
}
