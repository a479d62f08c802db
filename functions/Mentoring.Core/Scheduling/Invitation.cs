using System.Globalization;
using System.Net;
using Mentoring.Core.Circles;

namespace Mentoring.Core.Scheduling;

/// <summary>The invitation members receive: French first, then English; a link to the Teams tab; a place for the agenda.</summary>
public static class Invitation
{
    /// <summary>The marker a later step replaces with the session's agenda; kept through every update of the body.</summary>
    public const string AgendaPlaceholder = "<div id=\"mentoring-agenda\"></div>";

    public static string Subject(Circle circle) => circle.Kind == CircleKind.Mentorship
        ? $"Mentorat · {circle.Name}"
        : $"Groupe de pairs · {circle.Name}";

    public static string BodyHtml(Circle circle, Uri tabLink)
    {
        var name = WebUtility.HtmlEncode(circle.Name);
        var objective = WebUtility.HtmlEncode(circle.Objective);
        var link = WebUtility.HtmlEncode(tabLink.ToString());
        var (fr, en) = circle.Kind == CircleKind.Mentorship
            ? ("Séance de mentorat", "Mentoring session")
            : ("Séance du groupe de pairs", "Peer group session");
        return string.Create(CultureInfo.InvariantCulture, $"""
            <div lang="fr"><p><b>{fr} — {name}</b></p><p>Objectif : {objective}</p>
            <p>Préparez la séance : ajoutez vos blocages, questions et réussites à l'ordre du jour dans <a href="{link}">l'onglet Teams du cercle</a>.</p></div>
            {AgendaPlaceholder}
            <hr/><div lang="en"><p><b>{en} — {name}</b></p><p>Objective: {objective}</p>
            <p>Prepare the session: add your blockers, questions and wins to the agenda in <a href="{link}">the circle's Teams tab</a>.</p></div>
            """);
    }
}
