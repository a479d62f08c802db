using Mentoring.Core.Agendas;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Puts a session's agenda in its Outlook occurrence: the agenda file (the final update only), then the body's agenda part.</summary>
/// <remarks>
/// Two requests for a first update (read the body, write it), three for the final one (read the body, add the file, write the
/// body); a row from before the file went with the final update only also deletes its file by id first (gone already counting
/// as deleted). The body is read each time because the organizer may have written in it since: Graph documents no conditional
/// update of an event (https://learn.microsoft.com/graph/api/event-update lists no If-Match header, and an event's changeKey
/// changes with every change of the event, the file added just before the PATCH included), so a body kept from the last write
/// could not be written back safely. The file goes first: a body change makes Exchange send attendees a meeting update, and an update
/// carries the attachments the item has at that moment; an attachment added after it would wait for the next update
/// (https://learn.microsoft.com/graph/api/event-post-attachments). Only the part between the agenda markers is replaced, so the
/// Teams meeting block Exchange added stays as it was. A body whose markers a rewrite lost but which still shows an agenda is
/// left alone (<see cref="AgendaPublication.MarkersLost"/>): never two agendas.
/// </remarks>
internal static class GraphAgendas
{
    public static async Task<AgendaPublication> PublishAsync(
        EventItemRequestBuilder occurrence, AgendaDocument agenda, AgendaAttachment? previous, bool withFile, CancellationToken cancellationToken)
    {
        var current = await occurrence.GetAsync(r => r.QueryParameters.Select = ["body"], cancellationToken).ConfigureAwait(false);
        var body = Core.Scheduling.Invitation.Place(current?.Body?.Content ?? "", agenda.BodyHtml, agenda.BodyMarks);
        var id = previous?.Id ?? "";
        if (withFile)
        {
            if (previous is { HasFile: true })
            {
                await DeleteAsync(occurrence, previous.Id, cancellationToken).ConfigureAwait(false);
            }

            var file = new FileAttachment { OdataType = "#microsoft.graph.fileAttachment", Name = agenda.FileName, ContentType = agenda.ContentType, ContentBytes = agenda.Content };
            var added = await occurrence.Attachments.PostAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
            id = added?.Id ?? throw new InvalidOperationException("Graph returned no attachment id.");
        }

        var updates = previous?.Updates ?? 0;
        if (body is null)
        {
            return new AgendaPublication(new AgendaAttachment(id, agenda.ContentHash, updates, MarkersLost: true, Final: withFile), MarkersLost: true);
        }

        await occurrence.PatchAsync(new Event { Body = new ItemBody { ContentType = BodyType.Html, Content = body } }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new AgendaPublication(new AgendaAttachment(id, agenda.ContentHash, updates + 1, Final: withFile), MarkersLost: false);
    }

    private static async Task DeleteAsync(EventItemRequestBuilder occurrence, string id, CancellationToken cancellationToken)
    {
        try
        {
            await occurrence.Attachments[id].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            // Deleted already: by a retry whose answer was lost, or by the organizer in Outlook.
        }
    }
}
