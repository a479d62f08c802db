using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// The body of <c>sendActivityNotification</c> and <c>sendActivityNotificationToRecipients</c>, checked
/// (learn.microsoft.com/graph/api/userteamwork-sendactivitynotification and teamwork-sendactivitynotificationtorecipients,
/// "Request body"; resources/teamworkactivitytopic).
/// </summary>
internal sealed record ActivityRequest(
    string TopicSource, string TopicValue, string? WebUrl, string ActivityType, string PreviewText, long? ChainId,
    IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Recipients)
{
    /// <summary>"There is an upper limit of 100 recipients in a single request" (teamwork-sendactivitynotificationtorecipients).</summary>
    public const int MaxRecipients = 100;

    /// <summary>
    /// Not documented; a webUrl over 1,024 characters fails with 400 (techcommunity.microsoft.com, "Activity Feed Notifications Fail
    /// Due to WebUrl Length Limit"): refused here, said plainly.
    /// </summary>
    public const int MaxWebUrlLength = 1_024;

    /// <summary>The request, or the reason it is refused (400).</summary>
    public static (ActivityRequest? Request, string? Error) Parse(JsonObject? body, bool bulk)
    {
        if (body is null)
            return (null, "The body must be a JSON object.");
        var topic = body["topic"] as JsonObject;
        var source = topic?["source"]?.ToString();
        var value = topic?["value"]?.ToString();
        var webUrl = topic?["webUrl"]?.ToString();
        if (source is not ("text" or "entityUrl") || string.IsNullOrWhiteSpace(value))
            return (null, "topic.source must be 'text' or 'entityUrl', with a value.");
        // "webUrl is required when using topic source as text" (userteamwork-sendactivitynotification, example 2).
        if (source == "text" && !Uri.TryCreate(webUrl, UriKind.Absolute, out _))
            return (null, "topic.webUrl is required when topic.source is 'text'.");
        if (webUrl?.Length > MaxWebUrlLength)
            return (null, $"topic.webUrl is longer than {MaxWebUrlLength} characters.");
        var activityType = body["activityType"]?.ToString();
        if (string.IsNullOrWhiteSpace(activityType))
            return (null, "activityType is required.");
        var preview = body["previewText"]?["content"]?.ToString();
        if (string.IsNullOrWhiteSpace(preview))
            return (null, "previewText.content is required.");
        if (ReadParameters(body["templateParameters"]) is not { } parameters)
            return (null, "templateParameters must be a list of {name, value} pairs with distinct names.");
        long? chainId = body["chainId"] is JsonValue chain && chain.TryGetValue<long>(out var c) ? c : null;
        if (!bulk)
            return (new ActivityRequest(source, value, webUrl, activityType, preview, chainId, parameters, []), null);
        var recipients = ReadRecipients(body["recipients"]);
        return recipients switch
        {
            null => (null, "Only recipients of type microsoft.graph.aadUserNotificationRecipient with a userId are supported."),
            { Count: 0 } => (null, "recipients must name at least one user."),
            { Count: > MaxRecipients } => (null, $"There is an upper limit of {MaxRecipients} recipients in a single request."),
            _ => (new ActivityRequest(source, value, webUrl, activityType, preview, chainId, parameters, recipients), null),
        };
    }

    private static Dictionary<string, string>? ReadParameters(JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in node as JsonArray ?? [])
        {
            if (pair?["name"]?.ToString() is not { Length: > 0 } name || pair["value"]?.ToString() is not { } value || !result.TryAdd(name, value))
                return null;
        }

        return node is null or JsonArray ? result : null;
    }

    private static List<string>? ReadRecipients(JsonNode? node)
    {
        var result = new List<string>();
        foreach (var recipient in node as JsonArray ?? [])
        {
            var type = recipient?["@odata.type"]?.ToString()?.TrimStart('#');
            if (type != "microsoft.graph.aadUserNotificationRecipient" || recipient?["userId"]?.ToString() is not { Length: > 0 } userId)
                return null;
            result.Add(userId);
        }

        return node is JsonArray ? [.. result.Distinct(StringComparer.OrdinalIgnoreCase)] : null;
    }
}
