using Mentoring.Core.Agendas;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Puts a session's agenda in its Outlook occurrence: the body's agenda part, and the agenda file.</summary>
/// <remarks>
/// The body is read first and only the part between the agenda markers is replaced, so the Teams meeting block Exchange
/// added (join link, conference id) stays exactly as it was; an unchanged body is not written. The file is known by the id
/// Graph gave it and the hash of its content: the same content is not uploaded again, a changed one replaces it (the old
/// one deleted by id, gone already counting as deleted, then the new one added). A failure between the two leaves the
/// occurrence without the file until the retry adds it, never with two.
/// </remarks>
internal static class GraphAgendas
{
    public static async Task<AgendaAttachment> PublishAsync(EventItemRequestBuilder occurrence, AgendaDocument agenda, AgendaAttachment? previous, CancellationToken cancellationToken)
    {
        var current = await occurrence.GetAsync(r => r.QueryParameters.Select = ["body"], cancellationToken).ConfigureAwait(false);
        var before = current?.Body?.Content ?? "";
        var body = Core.Scheduling.Invitation.WithAgenda(before, agenda.BodyHtml);
        if (body != before)
        {
            await occurrence.PatchAsync(new Event { Body = new ItemBody { ContentType = BodyType.Html, Content = body } }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var hash = agenda.ContentHash;
        if (previous?.ContentHash == hash)
        {
            return previous;
        }

        // With none remembered (published before ids were kept), the old file is found by its name.
        var replaced = previous is not null ? [previous.Id] : await NamedAsync(occurrence, agenda.FileName, cancellationToken).ConfigureAwait(false);
        foreach (var id in replaced)
        {
            await DeleteAsync(occurrence, id, cancellationToken).ConfigureAwait(false);
        }

        var file = new FileAttachment { OdataType = "#microsoft.graph.fileAttachment", Name = agenda.FileName, ContentType = agenda.ContentType, ContentBytes = agenda.Content };
        var added = await occurrence.Attachments.PostAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new AgendaAttachment(added?.Id ?? throw new InvalidOperationException("Graph returned no attachment id."), hash);
    }

    private static async Task<string[]> NamedAsync(EventItemRequestBuilder occurrence, string fileName, CancellationToken cancellationToken)
    {
        var all = await occurrence.Attachments.GetAsync(r => r.QueryParameters.Select = ["id", "name"], cancellationToken).ConfigureAwait(false);
        return [.. (all?.Value ?? []).Where(a => a.Name == fileName && a.Id is not null).Select(a => a.Id!)];
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
