using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph;

/// <summary>Outlook's server-side paging of collections (events, instances): 10 a page unless $top asks for more, up to 1,000.</summary>
/// <remarks>
/// Past the page, the answer carries <c>@odata.nextLink</c>, the same query with <c>$skip</c> moved on, as Exchange builds it
/// (learn.microsoft.com graph/paging). A client that ignores the link silently reads the first 10 items only.
/// </remarks>
internal static class GraphPaging
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 1000;

    /// <summary>The page <paramref name="all"/> gives for this request's $top and $skip, with its nextLink when more follow.</summary>
    public static JsonObject Page(HttpRequest request, string context, IReadOnlyList<JsonNode> all)
    {
        var top = int.TryParse(request.Query["$top"], out var t) && t > 0 ? Math.Min(t, MaxPageSize) : DefaultPageSize;
        var skip = int.TryParse(request.Query["$skip"], out var s) && s > 0 ? s : 0;
        var body = new JsonObject
        {
            ["@odata.context"] = GraphRequest.Context(request, context),
            ["value"] = new JsonArray([.. all.Skip(skip).Take(top)]),
        };
        if (skip + top < all.Count)
            body["@odata.nextLink"] = NextLink(request, top, skip + top);
        return body;
    }

    private static string NextLink(HttpRequest request, int top, int skip)
    {
        var query = request.Query.Where(q => q.Key is not ("$skip" or "$top"))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"$top={top}")
            .Append($"$skip={skip}");
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query)}";
    }
}
