using Mentoring.Core.Common;
using Mentoring.Core.Goals;

namespace Mentoring.Functions.Goals;

/// <summary>A goal as the API returns it: its five level texts from −2 to +2, weight, baseline and who sees it.</summary>
public sealed record GoalResponse(
    string Id, string AuthorId, GoalKind Kind, string Title,
    IReadOnlyList<string> Levels, int Weight, int Baseline, GoalSharing Sharing,
    string Version)
{
    public static GoalResponse From(Versioned<Goal> v) => new(
        v.Value.Id.ToString(), v.Value.Author.ToString(), v.Value.Kind, v.Value.Title, v.Value.Scale.Levels, v.Value.Weight, v.Value.Baseline,
        v.Value.Sharing, v.Version);
}
