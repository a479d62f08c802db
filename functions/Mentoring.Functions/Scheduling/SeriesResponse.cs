using Mentoring.Core.Scheduling;

namespace Mentoring.Functions.Scheduling;

/// <summary>A circle's series and sessions as the API returns them.</summary>
public sealed record SeriesResponse(
    ScheduleState State, string OrganizerId, string? SeriesMasterId, string? ICalUId, string? JoinUrl, string? ChatThreadId, IReadOnlyList<SessionResponse> Sessions)
{
    public static SeriesResponse From(SeriesView view)
    {
        var (schedule, series) = (view.Schedule, view.Schedule.Series);
        return new(schedule.State, schedule.Organizer.ToString(), series?.SeriesMasterId, series?.ICalUId, series?.JoinUrl, series?.ChatThreadId, [.. view.Sessions.Select(SessionResponse.From)]);
    }
}
