namespace Mentoring.Core.People;

/// <summary>A person found by a search, with what a picker shows.</summary>
public sealed record PersonMatch(PersonId Id, string DisplayName, string Email, UserType UserType);
