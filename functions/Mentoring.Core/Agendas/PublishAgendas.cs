using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>
/// Use case for the timer: every session whose agenda changed and is due gets one update of its Outlook occurrence (body and
/// attachment), however many edits were made since the last one.
/// </summary>
/// <remarks>A failed update leaves the mark in place, so the next run retries it; a mark made again while publishing survives too.</remarks>
public sealed class PublishAgendas(
    IAgendaPublishQueue queue, IAgendaAttachments attachments, ICircleBoardStore store, ICalendarGateway calendar, IPersonDirectory directory, AgendaSettings settings, TimeProvider time)
{
    public async Task<(int Published, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (published, failed) = (0, 0);
        foreach (var due in await queue.DueAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            var result = await PublishAsync(due, cancellationToken).ConfigureAwait(false);
            if (result)
            {
                await queue.CompleteAsync(due, cancellationToken).ConfigureAwait(false);
                published++;
            }
            else
            {
                failed++;
            }
        }

        return (published, failed);
    }

    private async Task<bool> PublishAsync(AgendaToPublish due, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var board = await store.ReadAsync(due.Tenant, due.Circle, default, cancellationToken).ConfigureAwait(false);
        var session = board?.Session(due.SessionId);
        if (board?.Circle.Value.Schedule is not { } schedule || session?.OccurrenceId is null || !SessionAgendas.IsOpen(session, now))
        {
            return true; // nothing left to publish to: the mark is done with
        }

        var people = await directory.FindAsync(due.Tenant, [.. board.Circle.Value.Members.Select(m => m.PersonId)], cancellationToken).ConfigureAwait(false);
        var agenda = SessionAgendas.Compose(board, session, schedule.Organizer, now);
        var document = AgendaHtml.Render(agenda, AgendaTemplates.MembersReadEnglish(people), settings.PanelLink);
        var previous = await attachments.FindAsync(due.Tenant, due.Circle, due.SessionId, cancellationToken).ConfigureAwait(false);
        var sent = await calendar.PublishAgendaAsync(due.Tenant, schedule.Organizer, session.OccurrenceId, document, previous, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            return false;
        }

        if (sent.Value != previous)
        {
            await attachments.SaveAsync(due.Tenant, due.Circle, due.SessionId, sent.Value, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
