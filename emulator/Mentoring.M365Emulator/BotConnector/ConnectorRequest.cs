using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>Reading a Bot Connector request: the calling bot (set by the pipeline) and the JSON body within Teams' size limit.</summary>
internal static class ConnectorRequest
{
    /// <summary>Teams refuses a bot message over 100 KB, counted in UTF-16 (msteams-docs bots/how-to/format-your-bot-messages.md).</summary>
    public const int MaxMessageBytes = 100 * 1024;

    public static string Bot(HttpContext context) => (string)context.Items[ConnectorPipeline.BotAppIdItem]!;

    /// <summary>The body as an object, or the error to answer: 413 MessageSizeTooBig, 400 BadArgument.</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (text.Length * 2 > MaxMessageBytes)
            return (null, ConnectorErrors.TooBig());
        try
        {
            return JsonNode.Parse(text) is JsonObject body ? (body, null) : (null, ConnectorErrors.BadArgument("The request body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, ConnectorErrors.BadArgument("The request body is not valid JSON."));
        }
    }

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The string at a path of object properties, or null wherever the JSON has another shape (a bot may send anything).</summary>
    public static string? Text(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
            node = node is JsonObject o ? o[name] : null;
        return Text(node);
    }
}
