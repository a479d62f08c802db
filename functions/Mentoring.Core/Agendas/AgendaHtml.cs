using System.Globalization;
using System.Net;
using System.Text;
using Mentoring.Core.Commitments;

namespace Mentoring.Core.Agendas;

/// <summary>Renders a session's agenda as HTML for the Outlook invitation and its attachment.</summary>
/// <remarks>
/// Every text a member wrote (and every name) goes through <see cref="WebUtility.HtmlEncode(string)"/> and is only ever put in
/// element content, never in an attribute or a link: "&lt;script&gt;", "javascript:" or an entity stay text. The only link is
/// the panel link from the deployment's settings.
/// </remarks>
public static class AgendaHtml
{
    public const string FileName = "ordre-du-jour-agenda.html";

    /// <param name="formerPanelLink">A link agendas may already carry (the configured one, before the tenant's catalog id): still recognised.</param>
    /// <param name="withFile">The update attaches the file (the final one): the body says so, which also makes it differ from the
    /// first update's when the agenda did not change, so Exchange sends the update that brings the file. The file itself, and
    /// so <see cref="AgendaDocument.ContentHash"/>, does not depend on it.</param>
    public static AgendaDocument Render(SessionAgenda agenda, bool english, Uri panelLink, Uri? formerPanelLink = null, bool withFile = true)
    {
        var body = Body(agenda, english, panelLink, note: null);
        var title = E(english ? $"Agenda — {agenda.Circle.Name}" : $"Ordre du jour — {agenda.Circle.Name}");
        var file = $"<!DOCTYPE html><html lang=\"{(english ? "en" : "fr")}\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            + $"<title>{title}</title></head><body>{body}</body></html>";
        Uri[] links = formerPanelLink is null || formerPanelLink == panelLink ? [panelLink] : [panelLink, formerPanelLink];
        var note = english ? $"The agenda is also attached to this invitation: {FileName}" : $"L'ordre du jour est aussi joint à cette invitation : {FileName}";
        return new AgendaDocument(withFile ? Body(agenda, english, panelLink, note) : body, FileName, "text/html", Encoding.UTF8.GetBytes(file), [.. links.Select(l => $"href=\"{E(l.AbsoluteUri)}\"")]);
    }

    private static string Body(SessionAgenda agenda, bool english, Uri panelLink, string? note)
    {
        var names = agenda.Circle.Members.Where(m => m.PersonId != Privacy.FormerMember.Id).ToDictionary(m => m.PersonId, m => m.DisplayName);
        string Name(People.PersonId id) => E(names.GetValueOrDefault(id) ?? (id == Privacy.FormerMember.Id ? Privacy.FormerMember.Name(english) : "?"));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div lang=\"{(english ? "en" : "fr")}\"><p><b>{(english ? "Agenda" : "Ordre du jour")}</b></p>");
        if (agenda.Codev is { } codev)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(Codev.CodevAgendaTemplate.Roles(codev, id => names.GetValueOrDefault(id) ?? "?", english))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(Codev.CodevAgendaTemplate.Phases(codev.Timings, english))}</p>");
        }

        foreach (var section in AgendaTemplates.For(agenda, english))
        {
            var lines = section.ReviewsCommitments
                ? agenda.Due.Select(c => $"{Name(c.Value.Author)} : {E(c.Value.Text)}{State(c.Value, english)}").ToList()
                : agenda.Items.Where(i => section.Kinds.Contains(i.Value.Kind)).Select(i => $"{Name(i.Value.Author)} : {E(i.Value.Text)}").ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<p><b>{E(section.Title)}</b></p><ul>");
            foreach (var line in lines)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{line.Replace("\n", "<br>", StringComparison.Ordinal)}</li>");
            }

            html.Append("</ul>");
        }

        if (note is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(note)}</p>");
        }

        var open = english ? "Open the agenda in the meeting's side panel" : "Ouvrir l'ordre du jour dans le panneau de la réunion";
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(panelLink.AbsoluteUri)}\">{open}</a></p></div>");
        return html.ToString();
    }

    private static string State(Commitment c, bool english) => c.State switch
    {
        CommitmentState.Done => english ? " (done)" : " (tenu)",
        CommitmentState.Dropped => english ? " (dropped)" : " (abandonné)",
        _ => c.DueDate is { } due ? $" ({(english ? "due" : "pour le")} {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text.Replace("\r", "", StringComparison.Ordinal));
}
