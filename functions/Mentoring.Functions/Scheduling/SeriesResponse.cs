using Mentoring.Core.Scheduling;
using Mentoring.Functions.Http;

namespace Mentoring.Functions.Scheduling;

/// <summary>A circle's series and sessions as the API returns them.</summary>
/// <param name="TeamsMeeting">"available", "unavailable" (the series exists without a join URL, see <see cref="TeamsMeetingStatus"/>), or null before the series.</param>
/// <param name="TeamsMeetingNote">Why the Teams meeting is unavailable, in the reader's language; null otherwise.</param>
/// <param name="EndReason">Set when the series ended without the circle closing: <c>series.deletedInOutlook</c>.</param>
/// <param name="EndMessage">What <paramref name="EndReason"/> means, in the reader's language.</param>
/// <param name="CalendarAccessMessage">
/// For the organizer only, while their mailbox refuses the app: what to ask their administrator, in their language (null otherwise).
/// </param>
/// <param name="CalendarAccessRetriesStopped">Whether the timer stopped trying on its own (the organizer's "try again" starts it again).</param>
/// <param name="NotKept">For the organizer only: sessions moved or cancelled one by one that a cadence change could not keep (empty otherwise).</param>
public sealed record SeriesResponse(
    ScheduleState State, string OrganizerId, string? SeriesMasterId, string? ICalUId, string? JoinUrl, string? ChatThreadId, IReadOnlyList<SessionResponse> Sessions,
    string? TeamsMeeting = null, string? TeamsMeetingNote = null, string? EndReason = null, string? EndMessage = null,
    string? CalendarAccessMessage = null, bool CalendarAccessRetriesStopped = false, IReadOnlyList<SessionNotKept>? NotKept = null)
{
    /// <param name="reader">Who reads it: the calendar access notice is the organizer's alone.</param>
    public static SeriesResponse From(SeriesView view, bool english, Core.People.PersonId? reader = null)
    {
        var (schedule, series) = (view.Schedule, view.Schedule.Series);
        var (teams, note) = TeamsMeetingStatus.Of(series, english);
        var endMessage = schedule.EndReason is { } reason ? ErrorMessages.Format(reason, null, english) : null;
        var denied = reader == schedule.Organizer ? schedule.AccessDenied : null;
        var accessMessage = denied is null ? null : ErrorMessages.Format(CalendarAccessDenied.Code, null, english);
        return new(schedule.State, schedule.Organizer.ToString(), series?.SeriesMasterId, series?.ICalUId, series?.JoinUrl, series?.ChatThreadId, [.. view.Sessions.Select(SessionResponse.From)], teams, note, schedule.EndReason, endMessage)
        {
            CalendarAccessMessage = accessMessage,
            CalendarAccessRetriesStopped = denied?.GaveUp ?? false,
            NotKept = reader == schedule.Organizer ? schedule.NotKept : [],
        };
    }
}
