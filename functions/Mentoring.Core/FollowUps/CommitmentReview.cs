namespace Mentoring.Core.FollowUps;

/// <summary>One commitment that was due at the session, and what its author says became of it.</summary>
public sealed record CommitmentReview(Guid CommitmentId, ReviewState State);
