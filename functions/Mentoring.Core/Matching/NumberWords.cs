namespace Mentoring.Core.Matching;

/// <summary>Small numbers spelled as a person writes them in a sentence ("dix ans", "twenty-one"); 100 and more stay digits.</summary>
internal static class NumberWords
{
    private static readonly string[] FrenchUnits =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] FrenchTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    private static readonly string[] EnglishUnits =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>French in the traditional spelling ("vingt et un", "quatre-vingts");
    /// <paramref name="feminine"/> gives "une" for a feminine noun ("une place", "vingt et une places").</summary>
    public static string French(int n, bool feminine = false)
    {
        var words = n switch
        {
            < 0 or >= 100 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            < 20 => FrenchUnits[n],
            < 70 => Compose(FrenchTens[n / 10], n % 10),
            < 80 => Compose("soixante", n % 10 + 10),
            80 => "quatre-vingts",
            _ => "quatre-vingt-" + FrenchUnits[n - 80],
        };
        return feminine && (words == "un" || words.EndsWith("-un", StringComparison.Ordinal) || words.EndsWith(" un", StringComparison.Ordinal))
            ? words[..^2] + "une"
            : words;
    }

    public static string English(int n) => n switch
    {
        < 0 or >= 100 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 20 => EnglishUnits[n],
        _ when n % 10 == 0 => EnglishTens[n / 10],
        _ => EnglishTens[n / 10] + "-" + EnglishUnits[n % 10],
    };

    private static string Compose(string tens, int rest) => rest switch
    {
        0 => tens,
        1 or 11 => tens + " et " + FrenchUnits[rest],
        _ => tens + "-" + FrenchUnits[rest],
    };
}
