namespace Mentoring.Core.Circles;

/// <summary>A member as a request names them; the role is optional in a peer group.</summary>
public sealed record MemberDraft(string? PersonId, MemberRole? Role, string? Objective);
