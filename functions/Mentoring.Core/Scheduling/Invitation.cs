using System.Globalization;
using System.Net;
using Mentoring.Core.Circles;

namespace Mentoring.Core.Scheduling;

/// <summary>The invitation members receive: French first, then English; a link to the Teams tab; a place for the agenda.</summary>
public static class Invitation
{
    /// <summary>Where the agenda goes: everything between the two markers is the product's, the rest (the Teams meeting block) is left as it is.</summary>
    public const string AgendaStart = "<div id=\"mentoring-agenda\"></div>";

    public const string AgendaEnd = "<div id=\"mentoring-agenda-end\"></div>";

    /// <summary>A new series' agenda part: empty until members add items.</summary>
    public const string AgendaPlaceholder = AgendaStart + AgendaEnd;

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

    /// <summary>The same body with <paramref name="agendaHtml"/> between the agenda markers; the rest kept byte for byte.</summary>
    /// <remarks>
    /// Exchange rewrites an event's HTML (a document wrapper, attributes re-quoted, ids prefixed with "x_", comments and
    /// data- attributes dropped), so the markers are empty divs found by their id alone, prefixed or not. A body that lost them
    /// gets the agenda again before Teams' meeting block (which starts with a line of underscores), or at its end.
    /// </remarks>
    public static string WithAgenda(string body, string agendaHtml) => Place(body, agendaHtml, []) ?? body;

    /// <summary>As <see cref="WithAgenda(string, string)"/>, but null when the markers are gone and the body still holds an agenda
    /// (one of <paramref name="agendaMarks"/> found in it): inserting another would show two.</summary>
    public static string? Place(string body, string agendaHtml, IReadOnlyList<string> agendaMarks)
    {
        ArgumentNullException.ThrowIfNull(body);
        var block = AgendaStart + agendaHtml + AgendaEnd;
        var start = MarkerAt(body, "mentoring-agenda", 0);
        var end = start is { } s ? MarkerAt(body, "mentoring-agenda-end", s.End) : null;
        if (start is { } first && end is { } last)
        {
            return string.Concat(body.AsSpan(0, first.Start), block, body.AsSpan(last.End));
        }

        if (agendaMarks.Any(mark => mark.Length > 0 && body.Contains(mark, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var teams = body.IndexOf("________________", StringComparison.Ordinal);
        var at = teams >= 0 ? body.LastIndexOf("<div", teams, StringComparison.OrdinalIgnoreCase) : body.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? body.Insert(at, block) : body + block;
    }

    /// <summary>The span of an empty <c>div</c> whose id is <paramref name="id"/> (with any number of x_ prefixes), from <paramref name="from"/> on.</summary>
    private static (int Start, int End)? MarkerAt(string body, string id, int from)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            body[from..], "<div[^>]*\\bid=[\"']?(?:x_)*" + id + "(?=[\"'\\s>])[\"']?[^>]*>\\s*</div>", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success ? (from + match.Index, from + match.Index + match.Length) : null;
    }
}
