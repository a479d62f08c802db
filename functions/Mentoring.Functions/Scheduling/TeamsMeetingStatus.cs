using Mentoring.Core.Scheduling;
using Mentoring.Functions.Http;

namespace Mentoring.Functions.Scheduling;

/// <summary>Whether a series came with its Teams meeting, and if not, why, in the reader's language.</summary>
/// <remarks>
/// Exchange does not refuse an online meeting the organizer cannot hold (no Teams licence, Teams disabled): it creates the
/// event without one, and the series then has no join URL. The sessions are real; only the link is missing, and people
/// must be told rather than find out at the meeting's start.
/// </remarks>
public static class TeamsMeetingStatus
{
    public const string Available = "available";
    public const string Unavailable = "unavailable";
    public const string UnavailableCode = "teamsMeeting.unavailable";

    /// <summary>Null while there is no series yet.</summary>
    public static (string? Status, string? Note) Of(MeetingSeries? series, bool english) => series switch
    {
        null => (null, null),
        { JoinUrl.Length: > 0 } => (Available, null),
        _ => (Unavailable, ErrorMessages.Format(UnavailableCode, null, english)),
    };
}
