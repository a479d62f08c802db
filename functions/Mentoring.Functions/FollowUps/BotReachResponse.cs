namespace Mentoring.Functions.FollowUps;

/// <summary>Whether follow-up cards and reminders reach me in Teams; <c>reason</c> (<c>blocked</c>, <c>appRemoved</c>,
/// <c>disabledByAdmin</c>, <c>other</c>) and <c>since</c> when they do not.</summary>
public sealed record BotReachResponse(bool Reachable, string? Reason, DateTimeOffset? Since);
