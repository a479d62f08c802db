namespace Mentoring.Core.Profiles;

/// <summary>The mentor part of a profile as a request gives it.</summary>
public sealed record MentorDraft(IReadOnlyList<string?>? Fields, int? YearsOfExperience, int? Capacity, int? CurrentMentees);
