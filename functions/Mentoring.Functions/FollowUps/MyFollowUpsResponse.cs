using Mentoring.Core.Circles;
using Mentoring.Core.FollowUps;

namespace Mentoring.Functions.FollowUps;

/// <summary>The personal tab's "Suivis": my circles with their card switch, the follow-ups to answer, my recent answers.</summary>
public sealed record MyFollowUpsResponse(IReadOnlyList<CircleCardsResponse> Circles, IReadOnlyList<FollowUpResponse> ToAnswer, IReadOnlyList<FollowUpResponse> Answered)
{
    public static MyFollowUpsResponse From(MyFollowUps mine) => new(
        [.. mine.Circles.Select(c => new CircleCardsResponse(c.CircleId.ToString(), c.Name, c.Kind, c.CardsPaused))],
        [.. mine.ToAnswer.Select(FollowUpResponse.From)],
        [.. mine.Answered.Select(FollowUpResponse.From)]);
}

/// <summary>One of my circles and whether its cards are paused for me.</summary>
public sealed record CircleCardsResponse(string CircleId, string Name, CircleKind Kind, bool CardsPaused);
