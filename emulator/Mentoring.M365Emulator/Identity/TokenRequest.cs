namespace Mentoring.M365Emulator.Identity;

/// <summary>Everything needed to mint one access token; the optional parts exist for negative tests.</summary>
/// <param name="Audience">The <c>aud</c> claim: the resource's client id in a v2 token, the App ID URI asked for in a v1 token.</param>
internal sealed record TokenRequest(Guid TenantId, string Audience)
{
    public DemoUser? User { get; init; }

    public string? Scope { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public Guid? ObjectId { get; init; }

    public string? ClientId { get; init; }

    /// <summary>How the client authenticated: 0 public client, 1 client secret, 2 certificate or assertion (azpacr / appidacr).</summary>
    public int ClientAuthentication { get; init; }

    /// <summary>1 or 2: the token shape (claims, issuer) the resource's registration asks for.</summary>
    public int Version { get; init; } = 2;

    public string? Issuer { get; init; }

    public int LifetimeSeconds { get; init; } = 3600;

    public int NotBeforeOffsetSeconds { get; init; }

    public bool SignWithUnknownKey { get; init; }
}
