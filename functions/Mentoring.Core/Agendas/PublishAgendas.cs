using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>
/// Use case for the timer: every session whose agenda changed and is due gets one update of its Outlook occurrence, however many
/// edits were made since the last one, and at most <see cref="AgendaSettings.MaxUpdates"/> in all: the first when the agenda is
/// ready (the body alone), the final one at the final lead before the session (<see cref="AgendaSettings.NotBefore"/>) with the
/// agenda file, attached before the body changes so that the update carries it.
/// </summary>
/// <remarks>
/// The file goes once, with the final update, so it is never replaced: replacing it would cost a DELETE (Graph has no way to
/// update an attachment) on top of reading the body (which keeps the organizer's own words: Graph documents no conditional
/// write of an event, https://learn.microsoft.com/graph/api/event-update lists no If-Match), adding the file and writing the
/// body. So every publish costs at most 3 Graph requests: GET and PATCH for a first update, GET, POST and PATCH for the final
/// one. The price: an agenda that did not change after its first update still gets the final one (its body then says the file
/// is attached), so such a session has two updates where it could have had one; never more than two.
/// A failed update leaves the mark in place, so the next run retries it; a mark made again while publishing survives too. Each
/// session is published on its own, as the scheduling timer visits circles: one that throws (a circle row that cannot be read,
/// a request the calendar refuses, a bug) is reported with its ids and keeps its mark, and the others are still published.
/// </remarks>
public sealed class PublishAgendas(
    IAgendaPublishQueue queue, IAgendaAttachments attachments, ICircleBoardStore store, ICalendarGateway calendar, IPersonDirectory directory,
    AgendaSettings settings, Teams.ITeamsAppLinks links, ITimerFailureLog failures, TimeProvider time)
{
    public async Task<(int Published, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (published, failed) = (0, 0);
        foreach (var due in await queue.DueAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            if (await PublishIsolatedAsync(due, cancellationToken).ConfigureAwait(false))
            {
                published++;
            }
            else
            {
                failed++;
            }
        }

        return (published, failed);
    }

    private async Task<bool> PublishIsolatedAsync(AgendaToPublish due, CancellationToken cancellationToken)
    {
        try
        {
            var (failed, notBefore) = await PublishAsync(due, cancellationToken).ConfigureAwait(false);
            if (failed)
            {
                return false;
            }

            if (notBefore is { } later)
            {
                await queue.DeferAsync(due, later, cancellationToken).ConfigureAwait(false);
                return true;
            }

            await queue.CompleteAsync(due, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The isolation boundary: one session's unreadable circle or refused request never stalls the others' agendas.
            failures.ItemCrashed("AgendaPublishTimer", due.Tenant, due.Circle, e);
            return false;
        }
    }

    /// <returns>Failed when the calendar refused (the mark stays); else when to come back (the update it would send is not due
    /// yet), null when the mark is done with.</returns>
    private async Task<(bool Failed, DateTimeOffset? NotBefore)> PublishAsync(AgendaToPublish due, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var board = await store.ReadAsync(due.Tenant, due.Circle, default, cancellationToken).ConfigureAwait(false);
        var session = board?.Session(due.SessionId);
        if (board?.Circle.Value.Schedule is not { } schedule || session?.OccurrenceId is null || !SessionAgendas.IsOpen(session, now))
        {
            return (false, null); // nothing left to publish to: the mark is done with
        }

        var people = await directory.FindAsync(due.Tenant, [.. board.Circle.Value.Members.Select(m => m.PersonId)], cancellationToken).ConfigureAwait(false);
        var agenda = SessionAgendas.Compose(board, session, schedule.Organizer, now);
        var panel = await links.ForTenantAsync(due.Tenant, settings.PanelLink, cancellationToken).ConfigureAwait(false);
        var final = settings.IsFinal(now, session.Start);
        var document = AgendaHtml.Render(agenda, AgendaTemplates.MembersReadEnglish(people), panel, settings.PanelLink, withFile: final);
        var previous = await attachments.FindAsync(due.Tenant, due.Circle, due.SessionId, cancellationToken).ConfigureAwait(false);
        var finalAt = settings.NotBefore(1, session.Start);
        if (previous is { Final: true })
        {
            return (false, null); // the final update went with the file: later edits stay in the tab and the reminder card
        }

        if (previous?.ContentHash == document.ContentHash && (previous.HasFile || !final))
        {
            // What attendees have already: no request. Unless its file is still to go: the final update brings it.
            return (false, previous.HasFile ? null : finalAt);
        }

        var sent = previous?.Updates ?? 0;
        if (sent >= AgendaSettings.MaxUpdates)
        {
            return (false, null); // members were updated twice already; the tab and the reminder card carry the rest
        }

        var notBefore = settings.NotBefore(sent, session.Start);
        if (now < notBefore)
        {
            return (false, notBefore);
        }

        var published = await calendar.PublishAgendaAsync(due.Tenant, schedule.Organizer, session.OccurrenceId, document, previous, final, cancellationToken)
            .ConfigureAwait(false);
        if (!published.IsSuccess)
        {
            return (true, null);
        }

        if (published.Value.MarkersLost)
        {
            failures.ItemLeft("AgendaPublishTimer", due.Tenant, due.Circle, "agenda.markersLost");
        }

        await attachments.SaveAsync(due.Tenant, due.Circle, due.SessionId, published.Value.Attachment, cancellationToken).ConfigureAwait(false);
        return (false, final ? null : finalAt); // a first update comes back at the final lead, changed or not, with the file
    }
}
