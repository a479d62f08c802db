namespace Mentoring.Deployment.Tests;

/// <summary>The bot's Azure resources, checked on the compiled template (offline).</summary>
public sealed class BotDeploymentTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void The_azure_bot_is_the_managed_identity_with_the_teams_channel_and_the_messages_endpoint()
    {
        var bot = infra.Single("Microsoft.BotService/botServices");
        var properties = bot["properties"]!;
        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)properties["msaAppId"]);
        Assert.Equal("[parameters('identityId')]", (string?)properties["msaAppMSIResourceId"]);
        Assert.True(properties["disableLocalAuth"]!.GetValue<bool>());
        var module = infra.Resources.Single(r => r["properties"]?["parameters"]?["messagingEndpoint"] is not null);
        Assert.Contains("/api/messages", (string?)module["properties"]!["parameters"]!["messagingEndpoint"]!["value"], StringComparison.Ordinal);

        var channel = infra.Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True(channel["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void The_function_app_knows_the_bot_and_the_card_queues_and_the_queues_exist()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        foreach (var name in new[] { "Bot__AppId", "Bot__AppTenantId", "Bot__ManagedIdentityClientId", "Bot__TeamsAppId", "Storage__QueueEndpoint", "DispatchSessionQueue", "DispatchCardQueue", "BotConversationQueue" })
        {
            Assert.True(settings.ContainsKey(name), $"App setting {name} is missing.");
        }

        Assert.False(settings.ContainsKey("Bot__ClientSecret"), "The bot has no secret in Azure: its identity is the managed identity.");
        var queues = infra.Template["parameters"]!["queueNames"]!["defaultValue"]!.AsArray().Select(q => (string?)q).ToArray();
        Assert.Contains((string?)settings["DispatchSessionQueue"], queues);
        Assert.Contains((string?)settings["DispatchCardQueue"], queues);
        Assert.Contains((string?)settings["DispatchCardQueue"] + "-poison", queues);
        Assert.Contains((string?)settings["BotConversationQueue"], queues);
        Assert.Contains((string?)settings["BotConversationQueue"] + "-poison", queues);
    }
}
