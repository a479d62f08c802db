using Mentoring.Core.Agendas;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Puts a session's agenda in its Outlook occurrence: the agenda file, then the body's agenda part.</summary>
/// <remarks>
/// Three requests for a first publish, four when a file replaces the previous one: read the body, (delete the old file by
/// id, gone already counting as deleted,) add the new file, write the body. The file goes first: a body change makes Exchange
/// send attendees a meeting update, and an update carries the attachments the item has at that moment; an attachment added
/// after it would wait for the next update (https://learn.microsoft.com/graph/api/event-post-attachments). Only the part
/// between the agenda markers is replaced, so the Teams meeting block Exchange added stays as it was. A body whose markers a
/// rewrite lost but which still shows an agenda is left alone (<see cref="AgendaPublication.MarkersLost"/>): never two agendas.
/// </remarks>
internal static class GraphAgendas
{
    public static async Task<AgendaPublication> PublishAsync(EventItemRequestBuilder occurrence, AgendaDocument agenda, AgendaAttachment? previous, CancellationToken cancellationToken)
    {
        var current = await occurrence.GetAsync(r => r.QueryParameters.Select = ["body"], cancellationToken).ConfigureAwait(false);
        var body = Core.Scheduling.Invitation.Place(current?.Body?.Content ?? "", agenda.BodyHtml, agenda.BodyMarks);
        if (previous is not null)
        {
            await DeleteAsync(occurrence, previous.Id, cancellationToken).ConfigureAwait(false);
        }

        var file = new FileAttachment { OdataType = "#microsoft.graph.fileAttachment", Name = agenda.FileName, ContentType = agenda.ContentType, ContentBytes = agenda.Content };
        var added = await occurrence.Attachments.PostAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        var id = added?.Id ?? throw new InvalidOperationException("Graph returned no attachment id.");
        var updates = previous?.Updates ?? 0;
        if (body is null)
        {
            return new AgendaPublication(new AgendaAttachment(id, agenda.ContentHash, updates, MarkersLost: true), MarkersLost: true);
        }

        await occurrence.PatchAsync(new Event { Body = new ItemBody { ContentType = BodyType.Html, Content = body } }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new AgendaPublication(new AgendaAttachment(id, agenda.ContentHash, updates + 1), MarkersLost: false);
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
