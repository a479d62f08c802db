using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Attendance;

/// <summary>
/// Use case: reads a session's Teams attendance report (the organizer's meeting) and records who of the members attended and
/// how long. Run by the dispatch when a session's follow-up cards go out, and by a member who asks the product to read it again.
/// </summary>
/// <remarks>
/// Idempotent by session: the dispatch records once (a redelivered message finds the row and asks Graph nothing); a member's
/// reading again replaces it. A meeting Graph does not know and a fault answer an error and write nothing.
/// </remarks>
public sealed class RecordAttendance(ICircleBoardStore store, IAttendanceReports reports, TimeProvider time)
{
    /// <summary>The dispatch's reading, before a session's follow-up cards: the stored attendance when there is one already.</summary>
    public async Task<Result<SessionAttendance>> ForEndedSessionAsync(
        TenantId tenant, CircleId circle, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadAsync(tenant, circle, default, cancellationToken).ConfigureAwait(false);
        if (board is null)
        {
            return Error.NotFound("circle.notFound");
        }

        return await RecordAsync(tenant, board, sessionId, again: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A member asks to read the report again (it may have come after the cards): the new reading replaces the old.</summary>
    public async Task<Result<SessionAttendance>> AgainAsync(Caller caller, CircleId circle, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, circle, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<SessionAttendance>.Failure(board.Errors);
        }

        return await RecordAsync(caller.Tenant, board.Value, sessionId, again: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<SessionAttendance>> RecordAsync(
        TenantId tenant, CircleBoard board, string sessionId, bool again, CancellationToken cancellationToken)
    {
        var session = board.Session(sessionId);
        if (session is null)
        {
            return Error.NotFound("session.notFound");
        }

        var now = time.GetUtcNow();
        if (session.State == SessionState.Cancelled || session.End > now)
        {
            return Error.Conflict("attendance.sessionNotEnded");
        }

        if (!again && board.Attendance.FirstOrDefault(a => a.SessionId == sessionId) is { } recorded)
        {
            return recorded;
        }

        var circle = board.Circle.Value;
        if (circle.Schedule is not { Series.JoinUrl.Length: > 0 } schedule)
        {
            return Error.NotFound("attendance.unknownMeeting");
        }

        var from = session.Start - SessionAttendance.EarlyJoin;
        var reading = await reports.ReadAsync(tenant, schedule.Organizer, schedule.Series!.JoinUrl, from, session.End, cancellationToken).ConfigureAwait(false);
        if (reading.Kind == AttendanceReadingKind.UnknownMeeting)
        {
            return Error.NotFound("attendance.unknownMeeting");
        }

        if (reading.Kind == AttendanceReadingKind.Unavailable)
        {
            return Error.Unavailable("attendance.unavailable");
        }

        var attendance = SessionAttendance.From(circle, session, reading, now);
        var stored = again
            ? await store.PutAsync(tenant, circle.Id, attendance, cancellationToken).ConfigureAwait(false)
            : await store.AddAsync(tenant, circle.Id, attendance, cancellationToken).ConfigureAwait(false);
        return stored.Value;
    }
}
