using Mentoring.Core.Circles;

namespace Mentoring.Core.Profiles;

/// <summary>What a mentor offers: the fields they know, their experience, and how many mentees they take and have.</summary>
/// <remarks>
/// <para>Invariants (checked by <see cref="Profile.Create"/>): at least one field; years 0–60; capacity 1–10; current mentees 0–50
/// (it may exceed a capacity lowered later: such a mentor simply has no free place).</para>
/// <para><see cref="CurrentMentees"/> is owned by the server, never by the mentor's form: it counts the mentorships in
/// <see cref="Places"/> (each took a place when it began) plus any counted before places were recorded. <see cref="Take"/> and
/// <see cref="Release"/> change it only for a mentorship not yet (or still) holding a place, so running either twice changes
/// nothing: leaving a mentorship that never took a place, or ending one twice, gives no place back.</para>
/// </remarks>
public sealed record MentorDetails(IReadOnlyList<string> Fields, int YearsOfExperience, int Capacity, int CurrentMentees)
{
    public const int MaxYears = 60;
    public const int MaxCapacity = 10;
    public const int MaxCurrentMentees = 50;

    /// <summary>The mentorships holding one of this mentor's places (at most <see cref="CurrentMentees"/>).</summary>
    public IReadOnlyList<CircleId> Places { get; init; } = [];

    /// <summary>Places left; a mentor with none is never suggested.</summary>
    public int FreePlaces => Math.Max(0, Capacity - CurrentMentees);

    /// <summary>Whether <paramref name="mentorship"/> holds one of the places.</summary>
    public bool Holds(CircleId mentorship) => Places.Contains(mentorship);

    /// <summary>The mentorship takes a place (counted once, however often this runs).</summary>
    public MentorDetails Take(CircleId mentorship) =>
        Holds(mentorship) ? this : this with { CurrentMentees = CurrentMentees + 1, Places = [.. Places, mentorship] };

    /// <summary>The mentorship gives its place back, if it holds one; otherwise nothing changes.</summary>
    public MentorDetails Release(CircleId mentorship) =>
        Holds(mentorship) ? this with { CurrentMentees = Math.Max(0, CurrentMentees - 1), Places = [.. Places.Where(p => p != mentorship)] } : this;

    /// <summary>The same details with the server-owned count and places of <paramref name="owned"/> (none: zero).</summary>
    public MentorDetails WithCountOf(MentorDetails? owned) =>
        this with { CurrentMentees = owned?.CurrentMentees ?? 0, Places = owned?.Places ?? [] };
}
