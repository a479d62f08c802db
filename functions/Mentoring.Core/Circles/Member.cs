using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>A person in a circle, with their role and what they expect from it (their objective).</summary>
public sealed record Member(PersonId PersonId, MemberRole Role, string DisplayName, string Objective);
