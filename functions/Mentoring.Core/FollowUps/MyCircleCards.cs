using Mentoring.Core.Circles;

namespace Mentoring.Core.FollowUps;

/// <summary>One of my circles and whether I paused its cards in Teams (the personal tab's switch).</summary>
public sealed record MyCircleCards(CircleId CircleId, string Name, CircleKind Kind, bool CardsPaused);
