using Mentoring.Core.People;

namespace Mentoring.Core.Reciprocity;

/// <summary>How often a member helped the others (given) and was helped (received).</summary>
public sealed record MemberBalance(PersonId PersonId, string DisplayName, int Given, int Received);
