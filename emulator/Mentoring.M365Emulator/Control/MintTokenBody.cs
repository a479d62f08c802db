namespace Mentoring.M365Emulator.Control;

/// <summary>Body of POST /_emulator/tokens: a token exactly as a test wants it, good or bad.</summary>
internal sealed record MintTokenBody(
    Guid TenantId,
    Guid UserId,
    string Audience,
    string? Issuer = null,
    int? LifetimeSeconds = null,
    int? NotBeforeOffsetSeconds = null,
    bool? SignWithUnknownKey = null,
    string? Scope = "access_as_user",
    string? ClientId = null,
    string[]? Roles = null);
