using System.Text.RegularExpressions;

namespace Mentoring.Benchmarks;

/// <summary>A Graph path with its ids replaced and its query reduced to parameter names: "GET /v1.0/users/{id}/events/{id}/instances?startDateTime&amp;...".</summary>
public static partial class PathShape
{
    private static readonly HashSet<string> IdFollows = new(StringComparer.OrdinalIgnoreCase) { "users", "events", "calendars", "calendarGroups", "chats", "onlineMeetings" };

    public static string Of(string method, string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (IdFollows.Contains(segments[i - 1]) || Guid.TryParse(segments[i], out _))
            {
                segments[i] = "{id}";
            }
        }

        var query = question < 0 ? "" : "?" + string.Join("&", pathAndQuery[(question + 1)..].Split('&').Select(p => Uri.UnescapeDataString(p.Split('=')[0])));
        return $"{method} {string.Join('/', segments)}{Quoted().Replace(query, "")}";
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();
}
