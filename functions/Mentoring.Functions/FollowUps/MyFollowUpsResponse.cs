using Mentoring.Core.Circles;
using Mentoring.Core.FollowUps;

namespace Mentoring.Functions.FollowUps;

/// <summary>The personal tab's "Suivis": my circles with their card switch, the follow-ups to answer, my recent answers.</summary>
public sealed record MyFollowUpsResponse(IReadOnlyList<CircleCardsResponse> Circles, IReadOnlyList<FollowUpResponse> ToAnswer, IReadOnlyList<FollowUpResponse> Answered, BotReachResponse Bot)
{
    public static MyFollowUpsResponse From(MyFollowUps mine) => new(
        [.. mine.Circles.Select(c => new CircleCardsResponse(c.CircleId.ToString(), c.Name, c.Kind, c.CardsPaused))],
        [.. mine.ToAnswer.Select(FollowUpResponse.From)],
        [.. mine.Answered.Select(FollowUpResponse.From)],
        new BotReachResponse(mine.Bot.IsReachable, mine.Bot.Reason, mine.Bot.Since));
}

/// <summary>One of my circles and whether its cards are paused for me.</summary>
public sealed record CircleCardsResponse(string CircleId, string Name, CircleKind Kind, bool CardsPaused);
