namespace Mentoring.Core.Matching;

/// <summary>Renders reasons as the clause a person reads after the mentor's name, in French or English:
/// "a dix ans d'expérience en data analyse, parle français, deux places libres".</summary>
public static class ReasonText
{
    public static string Render(IReadOnlyList<SuggestionReason> reasons, bool english) =>
        string.Join(", ", reasons.Select(r => english ? English(r) : French(r)));

    /// <summary>"a, b et c" / "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items, bool english) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (english ? " and " : " et ") + items[^1],
    };

    private static string French(SuggestionReason r) => r.Kind switch
    {
        ReasonKind.Experience => $"a {Years(r.Number, english: false)} d'expérience{Field(" en ", r.Labels)}",
        ReasonKind.SameJob => $"exerce déjà le métier que vous visez : {r.Labels[0]}",
        ReasonKind.Skills => $"peut vous apprendre {List(r.Labels, english: false)}",
        ReasonKind.Languages => $"parle {List(Names(r.Labels, english: false), english: false)}",
        ReasonKind.Availability => $"est libre aux mêmes moments que vous, {NumberWords.French(r.Number, feminine: true)} heure{Plural(r.Number)} par semaine",
        ReasonKind.FreePlaces => $"{NumberWords.French(r.Number, feminine: true)} place{Plural(r.Number)} libre{Plural(r.Number)}",
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
    };

    private static string English(SuggestionReason r) => r.Kind switch
    {
        ReasonKind.Experience => $"has {Years(r.Number, english: true)} of experience{Field(" in ", r.Labels)}",
        ReasonKind.SameJob => $"already works as {r.Labels[0]}, the job you aim for",
        ReasonKind.Skills => $"can teach you {List(r.Labels, english: true)}",
        ReasonKind.Languages => $"speaks {List(Names(r.Labels, english: true), english: true)}",
        ReasonKind.Availability => $"is free at the same times as you, {NumberWords.English(r.Number)} hour{Plural(r.Number)} a week",
        ReasonKind.FreePlaces => $"{NumberWords.English(r.Number)} place{Plural(r.Number)} free",
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
    };

    private static string Years(int n, bool english) =>
        english ? $"{NumberWords.English(n)} year{Plural(n)}" : $"{NumberWords.French(n)} an{Plural(n)}";

    private static string Field(string preposition, IReadOnlyList<string> labels) => labels.Count > 0 ? preposition + labels[0] : "";

    private static string[] Names(IReadOnlyList<string> tags, bool english) => [.. tags.Select(t => LanguageNames.Of(t, english))];

    private static string Plural(int n) => n > 1 ? "s" : "";
}
