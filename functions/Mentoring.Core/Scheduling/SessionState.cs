namespace Mentoring.Core.Scheduling;

/// <summary>The life of one session.</summary>
public enum SessionState
{
    Upcoming,
    Ended,
    FollowedUp,
    Cancelled,
}
