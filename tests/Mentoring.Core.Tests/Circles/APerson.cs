using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Test-data builder for people of a tenant; each call is a new person.</summary>
internal static class APerson
{
    /// <summary>The tenant every builder uses unless a test says otherwise.</summary>
    public static readonly TenantId Tenant = new(Guid.Parse("11111111-1111-1111-1111-111111111111"));

    public static readonly TenantId OtherTenant = new(Guid.Parse("22222222-2222-2222-2222-222222222222"));

    public static Person Named(string name, TenantId? tenant = null, string timeZone = "Europe/Paris") =>
        new(tenant ?? Tenant, new PersonId(Guid.NewGuid()), name, $"{name.ToLowerInvariant()}@contoso.example", "fr-FR", timeZone);

    public static Person[] Several(int count) => [.. Enumerable.Range(1, count).Select(i => Named($"Peer{i}"))];
}
