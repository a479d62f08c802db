using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Core.Privacy;

/// <summary>The export as a page a person can read (fr or en): one section per kind of record, its texts shown, nothing left out.</summary>
public static class ExportHtml
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Shown = ["name", "displayName", "email", "text", "objective", "kind", "role", "status", "state", "reason", "start", "dueDate", "createdAt"];

    public static string Render(PersonalDataExport export, bool english)
    {
        ArgumentNullException.ThrowIfNull(export);
        var html = new StringBuilder();
        var lang = english ? "en" : "fr";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{Say(english, "Mes données", "My data")}</title></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Say(english, "Mes données", "My data")}</h1><p>{Say(english, "Tout ce que l'application de mentorat conserve à votre sujet, au", "Everything the mentoring app keeps about you, as of")} {export.ExportedAt:yyyy-MM-dd HH:mm} UTC. ");
        html.Append(CultureInfo.InvariantCulture, $"{Say(english, "Le fichier JSON joint contient les mêmes données, complètes.", "The JSON file beside this page holds the same data, in full.")}</p>");
        foreach (var group in export.Records.GroupBy(r => r.Kind))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(KindName(group.Key, english))} ({group.Count()})</h2><ul>");
            foreach (var record in group)
            {
                var by = record.WrittenBySubject ? Say(english, "écrit par vous", "written by you") : Say(english, "vous concerne", "about you");
                html.Append(CultureInfo.InvariantCulture, $"<li><em>{by}</em> — {Encode(Summary(record.Data))}</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Summary(JsonObject data)
    {
        var parts = Shown.Select(name => data.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.Value is JsonValue)
            .Select(p => $"{p.Key}: {p.Value}");
        var text = string.Join(" · ", parts);
        return text.Length > 0 ? text : data.ToJsonString(Readable);
    }

    private static string KindName(string kind, bool english) => kind switch
    {
        "person" => Say(english, "Votre identité", "Your identity"),
        "membership" => Say(english, "Vos cercles", "Your circles"),
        "circle" => Say(english, "Cercles", "Circles"),
        "session" => Say(english, "Séances", "Sessions"),
        "item" => Say(english, "Points d'ordre du jour", "Agenda items"),
        "commitment" => Say(english, "Engagements", "Commitments"),
        "note" => Say(english, "Notes privées", "Private notes"),
        "thanks" => Say(english, "Remerciements", "Thanks"),
        "news" => Say(english, "Nouvelles", "News"),
        "pause" => Say(english, "Pause", "Pause"),
        _ => kind,
    };

    private static string Say(bool english, string fr, string en) => english ? en : fr;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
