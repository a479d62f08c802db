using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Stores an HTML body the way Exchange gives it back: not byte for byte, but rewritten.</summary>
/// <remarks>
/// Graph returns a stored HTML body as a whole document with Exchange's own head, whatever was sent: the response example of
/// https://learn.microsoft.com/graph/api/user-post-events shows <c>"&lt;html&gt;\r\n&lt;head&gt;\r\n&lt;meta http-equiv=\"Content-Type\"
/// content=\"text/html; charset=utf-8\"&gt;\r\n...&lt;/head&gt;\r\n&lt;body&gt;\r\n&lt;p&gt;Does late morning work for you?&lt;/p&gt;\r\n&lt;/body&gt;\r\n&lt;/html&gt;\r\n"</c>
/// for a body sent as a bare fragment. Exchange also filters HTML for safety ("security filtering of HTML ... to remove potentially
/// dangerous content": https://techcommunity.microsoft.com/t5/exchange-team-blog/how-different-versions-of-outlook-and-exchange-deal-with-html/ba-p/609862),
/// and Outlook clients re-save bodies they edit. Which attributes survive is not documented, so the emulator is strict: comments
/// are dropped, <c>data-*</c> attributes are dropped, ids get Outlook's <c>x_</c> prefix, attribute values are re-quoted with
/// double quotes, and the client's own head is replaced. The rewrite is idempotent, as re-reading and re-saving an item is.
/// </remarks>
internal static partial class ExchangeHtml
{
    private const string Head = "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head>\r\n<body>\r\n";
    private const string Tail = "\r\n</body>\r\n</html>\r\n";

    /// <summary>The itemBody as Exchange stores it; a text body, or none, is kept.</summary>
    public static JsonNode? RewriteBody(JsonNode? body)
    {
        if (body is not JsonObject item || item["contentType"]?.GetValue<string>() is not { } type
            || !type.Equals("html", StringComparison.OrdinalIgnoreCase) || item["content"]?.GetValue<string>() is not { } content)
            return body?.DeepClone();
        return new JsonObject { ["contentType"] = "html", ["content"] = Rewrite(content) };
    }

    public static string Rewrite(string html)
    {
        var withoutComments = Comment().Replace(html, "");
        var inner = BodyContent().Match(withoutComments) is { Success: true } m ? m.Groups[1].Value : withoutComments;
        if (inner.StartsWith("\r\n", StringComparison.Ordinal))
            inner = inner[2..];
        if (inner.EndsWith("\r\n", StringComparison.Ordinal))
            inner = inner[..^2];
        return Head + Tag().Replace(inner, t => Attributes(t.Value)) + Tail;
    }

    private static string Attributes(string tag) => Attribute().Replace(tag, a =>
    {
        var name = a.Groups["name"].Value;
        if (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
            return "";
        if (!a.Groups["value"].Success)
            return a.Value;
        var value = a.Groups["dq"].Success ? a.Groups["dq"].Value : a.Groups["sq"].Success ? a.Groups["sq"].Value : a.Groups["bare"].Value;
        if (name.Equals("id", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("x_", StringComparison.Ordinal))
            value = "x_" + value;
        return $"{a.Groups["space"].Value}{name}=\"{value.Replace("\"", "&quot;", StringComparison.Ordinal)}\"";
    });

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<body[^>]*>(.*)</body>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex BodyContent();

    [GeneratedRegex("<[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?<space>\\s+)(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?<value>\\s*=\\s*(?:\"(?<dq>[^\"]*)\"|'(?<sq>[^']*)'|(?<bare>[^\\s\"'=<>`]+)))?")]
    private static partial Regex Attribute();
}
