using Mentoring.Core.Agendas;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Puts a session's agenda in its Outlook occurrence: the body's agenda part, and the agenda file.</summary>
/// <remarks>
/// The body is read first and only the part between the agenda markers is replaced, so the Teams meeting block Exchange
/// added (join link, conference id) stays exactly as it was. The previous agenda file is deleted after the new one is
/// attached: a failure in between leaves two files, never none, and the retry removes the older.
/// </remarks>
internal static class GraphAgendas
{
    public static async Task PublishAsync(EventItemRequestBuilder occurrence, AgendaDocument agenda, CancellationToken cancellationToken)
    {
        var current = await occurrence.GetAsync(r => r.QueryParameters.Select = ["body"], cancellationToken).ConfigureAwait(false);
        var body = Core.Scheduling.Invitation.WithAgenda(current?.Body?.Content ?? "", agenda.BodyHtml);
        await occurrence.PatchAsync(new Event { Body = new ItemBody { ContentType = BodyType.Html, Content = body } }, cancellationToken: cancellationToken).ConfigureAwait(false);

        var before = await occurrence.Attachments.GetAsync(r => r.QueryParameters.Select = ["id", "name"], cancellationToken).ConfigureAwait(false);
        var file = new FileAttachment { OdataType = "#microsoft.graph.fileAttachment", Name = agenda.FileName, ContentType = agenda.ContentType, ContentBytes = agenda.Content };
        await occurrence.Attachments.PostAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var old in (before?.Value ?? []).Where(a => a.Name == agenda.FileName && a.Id is not null))
        {
            await occurrence.Attachments[old.Id].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
