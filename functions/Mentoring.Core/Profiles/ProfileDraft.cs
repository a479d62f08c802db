namespace Mentoring.Core.Profiles;

/// <summary>A profile as a person fills it; straight from JSON, so any part may be missing. Validated by <see cref="Profile.Create"/>.</summary>
public sealed record ProfileDraft(
    string? About = null,
    string? CurrentJob = null,
    string? TargetField = null,
    string? TargetJob = null,
    IReadOnlyList<string?>? SkillsOffered = null,
    IReadOnlyList<string?>? SkillsSought = null,
    IReadOnlyList<string?>? Languages = null,
    string? City = null,
    string? TimeZone = null,
    IReadOnlyList<SlotDraft?>? Availability = null,
    Visibility? Visibility = null,
    MentorDraft? Mentor = null);
