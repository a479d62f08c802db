using System.Globalization;

namespace Mentoring.Core.Nudges;

/// <summary>What a nudge says, in French or English (the template's own text is the manifest's, which Teams localizes).</summary>
public static class NudgeTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The weekday of the session in the reader's language: the <c>day</c> parameter ("jeudi", "Thursday").</summary>
    public static string Day(DateOnly date, bool english) => date.ToString("dddd", english ? English : French);

    public static string PreparePreview(bool english) => english
        ? "Nobody knows yet what you want to bring: add a blocker, a question or a success to the agenda."
        : "Personne ne sait encore ce que vous voulez apporter : ajoutez un blocage, une question ou une réussite à l'ordre du jour.";

    /// <summary>The commitment itself, cut to what Teams shows (150 characters).</summary>
    public static string CommitmentPreview(string text) => text.Length <= 150 ? text : text[..149] + "…";
}
