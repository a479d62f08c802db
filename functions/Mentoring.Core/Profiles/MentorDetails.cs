namespace Mentoring.Core.Profiles;

/// <summary>What a mentor offers: the fields they know, their experience, and how many mentees they take and have.</summary>
/// <remarks>Invariants (checked by <see cref="Profile.Create"/>): at least one field; years 0–60; capacity 1–10; current mentees 0–50
/// (it may exceed a capacity lowered later: such a mentor simply has no free place).</remarks>
public sealed record MentorDetails(IReadOnlyList<string> Fields, int YearsOfExperience, int Capacity, int CurrentMentees)
{
    public const int MaxYears = 60;
    public const int MaxCapacity = 10;
    public const int MaxCurrentMentees = 50;

    /// <summary>Places left; a mentor with none is never suggested.</summary>
    public int FreePlaces => Math.Max(0, Capacity - CurrentMentees);
}
