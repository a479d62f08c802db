using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// <c>POST {serviceUrl}v3/conversations</c>: a bot opens (or finds again) its 1:1 conversation with a person, as Teams does:
/// <c>{bot, isGroup:false, members:[{id}], tenantId, channelData:{tenant:{id}}}</c> → 201 <c>{"id":"a:…"}</c>.
/// </summary>
internal static class ConversationEndpoints
{
    public static void MapConversations(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapPost("/botconnector/v3/conversations", async (HttpContext context) =>
        {
            var (body, error) = await ConnectorRequest.ReadAsync(context.Request);
            if (body is null)
                return error!;
            var bot = ConnectorRequest.Bot(context);
            if (Validate(body, bot) is { } invalid)
                return invalid;

            var tenant = Tenant(body)!.Value;
            var person = connector.People.Find(ConnectorRequest.Text(body["members"]![0], "id")!);
            if (person is not null && connector.Installations.IsBlocked(person.Id))
                return ConnectorErrors.Blocked();
            if (person is null || person.TenantId != tenant || !connector.HasBotInstalled(person.Id, bot))
                return ConnectorErrors.NotInstalled();
            if (connector.Limits.TryAcquire($"create|{bot}|{person.Id}", Activities.TenantKey(bot, tenant)) is { } wait)
                return ConnectorErrors.Throttled(wait);

            var (conversation, _) = connector.Conversations.GetOrCreate(bot, person);
            var response = new JsonObject { ["id"] = conversation.Id };
            if (body["activity"] is JsonObject first)
                response["activityId"] = Activities.Post(connector, conversation, first);
            return Results.Json(response, statusCode: StatusCodes.Status201Created);
        });
    }

    private static IResult? Validate(JsonObject body, string bot)
    {
        if (body["isGroup"] is JsonValue group && group.TryGetValue<bool>(out var isGroup) && isGroup)
            return ConnectorErrors.BadArgument("The emulator creates personal (1:1) conversations only: isGroup must be false.");
        if (body["members"] is not JsonArray { Count: 1 } members || ConnectorRequest.Text(members[0], "id") is not { Length: > 0 })
            return ConnectorErrors.BadArgument("A personal conversation needs exactly one member with an id.");
        if (Tenant(body) is null)
            return ConnectorErrors.BadArgument("The tenant id is required (tenantId or channelData.tenant.id).");
        var botId = ConnectorRequest.Text(body, "bot", "id");
        if (botId is not null && !string.Equals(botId, bot, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(botId, "28:" + bot, StringComparison.OrdinalIgnoreCase))
            return ConnectorErrors.BadArgument("bot.id must be the calling bot's id.");
        return null;
    }

    private static Guid? Tenant(JsonObject body) =>
        Guid.TryParse(ConnectorRequest.Text(body["tenantId"]) ?? ConnectorRequest.Text(body, "channelData", "tenant", "id"), out var id) ? id : null;
}
