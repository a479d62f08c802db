namespace Mentoring.Core.Matching;

/// <summary>Names of the languages people list most, in French and English, for sentences like "parle français".</summary>
/// <remarks>A table rather than <c>CultureInfo.DisplayName</c>: that one follows the server's UI culture, not the reader's.</remarks>
internal static class LanguageNames
{
    private static readonly Dictionary<string, (string Fr, string En)> Names = new(StringComparer.Ordinal)
    {
        ["fr"] = ("français", "French"),
        ["en"] = ("anglais", "English"),
        ["es"] = ("espagnol", "Spanish"),
        ["de"] = ("allemand", "German"),
        ["it"] = ("italien", "Italian"),
        ["pt"] = ("portugais", "Portuguese"),
        ["nl"] = ("néerlandais", "Dutch"),
        ["ar"] = ("arabe", "Arabic"),
        ["zh"] = ("chinois", "Chinese"),
        ["ja"] = ("japonais", "Japanese"),
        ["ru"] = ("russe", "Russian"),
        ["pl"] = ("polonais", "Polish"),
        ["ro"] = ("roumain", "Romanian"),
        ["tr"] = ("turc", "Turkish"),
        ["vi"] = ("vietnamien", "Vietnamese"),
        ["wo"] = ("wolof", "Wolof"),
        ["br"] = ("breton", "Breton"),
        ["oc"] = ("occitan", "Occitan"),
    };

    /// <summary>The language's name; an unlisted one is shown as its tag, which is at least exact.</summary>
    public static string Of(string primary, bool english) =>
        Names.TryGetValue(primary, out var names) ? (english ? names.En : names.Fr) : primary;
}
