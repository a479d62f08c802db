namespace Mentoring.M365Emulator;

/// <summary>One Graph request as the emulator saw it.</summary>
/// <param name="Mailbox">The user id or UPN from /users/{id}/..., when the path names one.</param>
public sealed record RequestLogEntry(
    DateTimeOffset Time,
    string Method,
    string PathAndQuery,
    string? Mailbox,
    int Status,
    double DurationMs);
