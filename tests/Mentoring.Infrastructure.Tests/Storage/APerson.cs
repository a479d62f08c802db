using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>People and tenants, new for each test so tests never see each other's rows.</summary>
internal static class APerson
{
    public static TenantId NewTenant() => new(Guid.NewGuid());

    public static Person In(TenantId tenant, string name) =>
        new(tenant, new PersonId(Guid.NewGuid()), name, $"{name.ToLowerInvariant()}@contoso.example", "fr-FR", "Europe/Paris");
}
