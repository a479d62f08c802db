using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// <c>POST {serviceUrl}v3/conversations/{id}/activities</c> (201 <c>{"id"}</c>) and
/// <c>PUT {serviceUrl}v3/conversations/{id}/activities/{activityId}</c> (200 <c>{"id"}</c>, the message replaced).
/// </summary>
internal static class Activities
{
    public static string TenantKey(string bot, Guid tenant) => $"tenant|{bot}|{tenant}";

    public static void MapActivities(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapPost("/botconnector/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) =>
            WriteAsync(connector, context, conversationId, null));

        app.MapPut("/botconnector/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext context) =>
            WriteAsync(connector, context, conversationId, activityId));
    }

    /// <summary>Stores a message from the bot, stamped as Teams stamps it; returns its id.</summary>
    public static string Post(BotConnectorService connector, Conversation conversation, JsonObject activity)
    {
        var id = connector.Conversations.NextActivityId();
        conversation.Add(Stamp(connector, conversation, activity, id, connector.Time.GetUtcNow()));
        return id;
    }

    private static async Task<IResult> WriteAsync(BotConnectorService connector, HttpContext context, string conversationId, string? activityId)
    {
        var bot = ConnectorRequest.Bot(context);
        if (connector.Conversations.Find(conversationId) is not { } conversation)
            return ConnectorErrors.ConversationNotFound();
        if (!string.Equals(conversation.BotAppId, bot, StringComparison.OrdinalIgnoreCase))
            return ConnectorErrors.NotInRoster();
        if (connector.Installations.IsBlocked(conversation.Person.Id))
            return ConnectorErrors.Blocked();
        if (!connector.HasBotInstalled(conversation.Person.Id, bot))
            return ConnectorErrors.NotInRoster();

        var (body, error) = await ConnectorRequest.ReadAsync(context.Request);
        if (body is null)
            return error!;
        if (ConnectorRequest.Text(body["type"]) is not { Length: > 0 })
            return ConnectorErrors.BadArgument("Activity type is required.");
        if (InvalidAttachment(body) is { } invalid)
            return ConnectorErrors.BadArgument(invalid);
        var existing = activityId is null ? null : conversation.Find(activityId);
        if (activityId is not null && existing is null)
            return ConnectorErrors.ActivityNotFound();
        if (connector.Limits.TryAcquire($"send|{bot}|{conversation.Id}", TenantKey(bot, conversation.Person.TenantId)) is { } wait)
            return ConnectorErrors.Throttled(wait);

        if (existing is null)
            return Results.Json(new JsonObject { ["id"] = Post(connector, conversation, body) }, statusCode: StatusCodes.Status201Created);

        var updated = Stamp(connector, conversation, body, activityId!, DateTimeOffset.Parse(existing["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        updated["lastModifiedTimestamp"] = Timestamp(connector.Time.GetUtcNow());
        conversation.Replace(activityId!, updated);
        return Results.Json(new JsonObject { ["id"] = activityId });
    }

    // Teams renders only what it can: every attachment needs a content type, and an Adaptive Card is a JSON object.
    private static string? InvalidAttachment(JsonObject body)
    {
        if (body["attachments"] is null)
            return null;
        if (body["attachments"] is not JsonArray attachments)
            return "attachments must be an array.";
        foreach (var attachment in attachments)
        {
            var type = ConnectorRequest.Text(attachment, "contentType");
            if (type is null)
                return "Every attachment needs a contentType.";
            if (type == "application/vnd.microsoft.card.adaptive" && ConnectorRequest.Text(attachment, "content", "type") != "AdaptiveCard")
                return "An Adaptive Card attachment's content must be a card ({\"type\":\"AdaptiveCard\",…}).";
        }

        return null;
    }

    // What the bot sent, with what Teams sets itself: id, time, channel, the conversation and both ends.
    private static JsonObject Stamp(BotConnectorService connector, Conversation conversation, JsonObject activity, string id, DateTimeOffset timestamp)
    {
        var stamped = activity.DeepClone().AsObject();
        var bot = connector.Bots.Find(conversation.BotAppId);
        stamped["id"] = id;
        stamped["timestamp"] = Timestamp(timestamp);
        stamped["channelId"] = "msteams";
        stamped["serviceUrl"] = connector.ServiceUrl.ToString();
        stamped["from"] = new JsonObject { ["id"] = "28:" + conversation.BotAppId, ["name"] = bot?.Name ?? conversation.BotAppId };
        stamped["recipient"] = new JsonObject
        {
            ["id"] = conversation.Person.Mri,
            ["name"] = conversation.Person.DisplayName,
            ["aadObjectId"] = conversation.Person.Id.ToString(),
        };
        stamped["conversation"] = new JsonObject
        {
            ["id"] = conversation.Id,
            ["conversationType"] = "personal",
            ["tenantId"] = conversation.Person.TenantId.ToString(),
        };
        return stamped;
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
}
