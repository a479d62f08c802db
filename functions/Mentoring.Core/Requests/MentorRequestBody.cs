namespace Mentoring.Core.Requests;

/// <summary>A request as the mentee sends it: the mentor's id, the personal message, and optionally their objective for the mentorship.</summary>
public sealed record MentorRequestBody(string? Mentor, string? Message, string? Objective = null);
