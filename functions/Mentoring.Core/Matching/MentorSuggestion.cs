using Mentoring.Core.Profiles;

namespace Mentoring.Core.Matching;

/// <summary>A mentor suggested to a mentee: the fit score (higher is better; only the order matters) and why.</summary>
public sealed record MentorSuggestion(Profile Mentor, double Score, IReadOnlyList<SuggestionReason> Reasons)
{
    /// <summary>The reasons as one clause in French or English.</summary>
    public string Why(bool english) => ReasonText.Render(Reasons, english);
}
