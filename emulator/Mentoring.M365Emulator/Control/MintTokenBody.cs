namespace Mentoring.M365Emulator.Control;

/// <summary>Body of POST /_emulator/tokens: a token exactly as a test wants it, good or bad.</summary>
/// <remarks><c>audience</c> becomes <c>aud</c> as given; <c>version</c> ("1.0" or "2.0") is by default the one the registration of
/// the resource it names asks for (v2 for the demo API, v1 for Graph), v2 for a resource the emulator does not know.</remarks>
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
    string[]? Roles = null,
    string? Version = null);
