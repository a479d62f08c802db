namespace Mentoring.Core.FollowUps;

/// <summary>What a member says, after a session, about one of their commitments that was due at it.</summary>
public enum ReviewState
{
    /// <summary>Still open: it stays due at the next session.</summary>
    NotYet,

    Done,

    Dropped,
}
