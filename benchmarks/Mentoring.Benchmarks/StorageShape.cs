using System.Text.RegularExpressions;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Benchmarks;

/// <summary>A Table Storage request reduced to its kind ("GET Circles(point)", "PUT Circles(point) If-Match", "POST $batch"), and what scheduling or the timer uses it for.</summary>
public static partial class StorageShape
{
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["GET Circles(point)"] = "read the circle: membership, state and ETag",
        ["PUT ScheduledCircles(point)"] = "list the circle for the timer, before it is marked pending (crash window closed)",
        ["PUT Circles(point) If-Match"] = "replace the circle with its ETag: marked pending, then confirmed with the series (no index row rewritten)",
        ["GET People(point)"] = "look up an attendee's name and email (the organizer is not looked up); parallel point reads",
        ["GET Circles(query)"] = "read the circle's stored sessions (one range query in its partition)",
        ["POST $batch"] = "write the sessions (one entity-group transaction)",
        ["GET ScheduledCircles(query)"] = "timer: read the work list, one page of up to 100 ids per request",
    };

    public static string Of(StorageRequest request, string tablePrefix)
    {
        var path = Account().Replace(request.Path, "");
        path = path.StartsWith(tablePrefix, StringComparison.Ordinal) ? path[tablePrefix.Length..] : path;
        path = Keys().Replace(path, "(point)").Replace("()", "(query)", StringComparison.Ordinal);
        return $"{request.Method} {path}{(request.IfMatch && request.Method != "DELETE" ? " If-Match" : "")}";
    }

    public static string PurposeOf(string shape) => Purposes.GetValueOrDefault(shape, "(unexpected)");

    [GeneratedRegex(@"^/?[^/]+/")]
    private static partial Regex Account();

    [GeneratedRegex(@"\(PartitionKey='[^']*',\s*RowKey='[^']*'\)")]
    private static partial Regex Keys();
}
