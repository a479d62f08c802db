using Mentoring.Core.Matching;

namespace Mentoring.Functions.Matching;

/// <summary>A suggested mentor: what their visible profile offers, and why, in the caller's language.</summary>
public sealed record SuggestionResponse(
    string MentorId, string DisplayName, string CurrentJob, string About, IReadOnlyList<string> Fields, int YearsOfExperience,
    int FreePlaces, IReadOnlyList<string> Languages, string City, string TimeZone, string Why)
{
    public static SuggestionResponse From(MentorSuggestion s, bool english)
    {
        var m = s.Mentor;
        return new(m.Person.Value.ToString(), m.DisplayName, m.CurrentJob, m.About, m.Mentor!.Fields, m.Mentor.YearsOfExperience,
            m.Mentor.FreePlaces, m.Languages, m.City, m.TimeZone, s.Why(english));
    }
}
