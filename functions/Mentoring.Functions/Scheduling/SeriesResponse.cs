using Mentoring.Core.Scheduling;
using Mentoring.Functions.Http;

namespace Mentoring.Functions.Scheduling;

/// <summary>A circle's series and sessions as the API returns them.</summary>
/// <remarks><c>endReason</c> is set when the series ended without the circle closing (deleted in Outlook), with a message in the reader's language.</remarks>
public sealed record SeriesResponse(
    ScheduleState State, string OrganizerId, string? SeriesMasterId, string? ICalUId, string? JoinUrl, string? ChatThreadId, string? EndReason, string? EndMessage, IReadOnlyList<SessionResponse> Sessions)
{
    public static SeriesResponse From(SeriesView view, bool english)
    {
        var (schedule, series) = (view.Schedule, view.Schedule.Series);
        var endMessage = schedule.EndReason is { } reason ? ErrorMessages.Format(reason, null, english) : null;
        return new(schedule.State, schedule.Organizer.ToString(), series?.SeriesMasterId, series?.ICalUId, series?.JoinUrl, series?.ChatThreadId, schedule.EndReason, endMessage, [.. view.Sessions.Select(SessionResponse.From)]);
    }
}
