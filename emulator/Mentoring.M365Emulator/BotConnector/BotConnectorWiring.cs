using Mentoring.M365Emulator.Control;
using Mentoring.M365Emulator.Identity;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>Puts the Bot Connector on the emulator's app: its pipeline, its endpoints, its test switches.</summary>
internal static class BotConnectorWiring
{
    public static void UseConnectorPipeline(this BotConnectorService connector, IApplicationBuilder app, SigningKeys keys)
    {
        var pipeline = new ConnectorPipeline(
            new ConnectorAuthentication(keys, connector.Bots, connector.Time), connector.Faults, connector.Log, connector.Time);
        app.Use(pipeline.InvokeAsync);
    }

    public static void MapBotConnector(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapConversations(connector);
        app.MapActivities(connector);
        app.MapBotConnectorControl(connector);
    }
}
