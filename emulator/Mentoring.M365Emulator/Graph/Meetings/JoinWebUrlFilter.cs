using System.Text.RegularExpressions;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>Parses the one $filter Graph accepts on /users/{id}/onlineMeetings that the product uses.</summary>
/// <remarks>
/// Graph's samples spell the property JoinWebUrl and joinWebUrl, so the name is case-insensitive. The value is an
/// OData string literal ('' escapes '); ASP.NET has already percent-decoded the query string once, which is the one
/// decoding Graph applies, so the URL compares as returned on the event.
/// </remarks>
internal static partial class JoinWebUrlFilter
{
    public static bool TryParse(string filter, out string joinWebUrl)
    {
        var match = Pattern().Match(filter);
        joinWebUrl = match.Success ? match.Groups["url"].Value.Replace("''", "'", StringComparison.Ordinal) : "";
        return match.Success;
    }

    [GeneratedRegex(@"^\s*joinWebUrl\s+eq\s+'(?<url>(?:[^']|'')*)'\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
