namespace Mentoring.M365Emulator.Identity;

/// <summary>Everything needed to mint one access token; the optional parts exist for negative tests.</summary>
internal sealed record TokenRequest(Guid TenantId, string Audience)
{
    public DemoUser? User { get; init; }

    public string? Scope { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public Guid? ObjectId { get; init; }

    public string? ClientId { get; init; }

    public string? Issuer { get; init; }

    public int LifetimeSeconds { get; init; } = 3600;

    public int NotBeforeOffsetSeconds { get; init; }

    public bool SignWithUnknownKey { get; init; }
}
