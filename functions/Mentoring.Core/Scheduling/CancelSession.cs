using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: the organizer cancels one upcoming session; attendees get Outlook's cancellation with the reason.</summary>
public sealed class CancelSession(ICircleStore circles, ISessionStore sessions, ICalendarGateway calendar)
{
    public async Task<Result<Session>> ExecuteAsync(Caller caller, CircleId id, string sessionId, string? reason, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<Session>.Failure(found.Errors);
        }

        // The cancellation and its reason go out from the organizer's calendar, in their name: only they may send it.
        if (CircleRules.OrganizerOnly(found.Value.Value, caller.Id, "session.organizerOnly") is { } refused)
        {
            return refused;
        }

        var comment = Text.Paragraph("reason", reason, Text.MaxObjectiveLength);
        if (!comment.IsSuccess)
        {
            return Result<Session>.Failure(comment.Errors);
        }

        var all = await sessions.ListAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        var session = all.FirstOrDefault(s => s.Id == sessionId);
        if (session is null || found.Value.Value.Schedule is not { } schedule)
        {
            return Error.NotFound("session.notFound");
        }

        if (session.State == SessionState.Cancelled)
        {
            return session;
        }

        if (session.State != SessionState.Upcoming || session.OccurrenceId is null)
        {
            return Error.Conflict("session.notUpcoming");
        }

        var cancelled = await calendar.CancelOccurrenceAsync(caller.Tenant, schedule.Organizer, session.OccurrenceId, comment.Value, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess)
        {
            return Result<Session>.Failure(cancelled.Errors);
        }

        var result = session with { State = SessionState.Cancelled };
        await sessions.SaveAsync(caller.Tenant, id, [result], [], cancellationToken).ConfigureAwait(false);
        return result;
    }
}
