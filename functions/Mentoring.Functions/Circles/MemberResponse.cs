using Mentoring.Core.Circles;

namespace Mentoring.Functions.Circles;

/// <summary>A member as the API returns it.</summary>
public sealed record MemberResponse(string PersonId, MemberRole Role, string DisplayName, string Objective);
