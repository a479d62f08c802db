namespace Mentoring.Functions.FollowUps;

/// <summary>What a member changes of their own membership: for now, whether they receive the circle's cards in Teams.</summary>
public sealed record MembershipRequest(bool? CardsPaused);
