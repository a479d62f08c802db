using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>The bot's outgoing side: tokens, the Bot Connector client, the contacts table, the Graph installer.</summary>
internal static class BotConnectorServices
{
    public static IServiceCollection AddMentoringBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotConnectorClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.TimeoutSeconds));

        // A secret means a local run against the emulator; without one, the managed identity that is the bot in Azure.
        services.AddSingleton<IBotTokens>(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value.ClientSecret is { Length: > 0 }
            ? new SecretBotTokens(sp.GetRequiredService<IHttpClientFactory>().CreateClient(), sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<TimeProvider>())
            : new ManagedIdentityBotTokens(sp.GetRequiredService<IOptions<BotOptions>>()));
        services.AddSingleton(sp => new BotConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(BotConnectorClient.HttpClientName),
            sp.GetRequiredService<IBotTokens>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotContacts>();
        services.AddSingleton<IBotContactEvents>(sp => sp.GetRequiredService<BotContacts>());
        services.AddSingleton<Core.FollowUps.IBotReach, StoredBotReach>();
        services.AddSingleton<TeamsAppCatalog>();
        services.AddSingleton<Core.Teams.ITeamsAppLinks, CatalogTeamsAppLinks>();
        services.AddSingleton<GraphTeamsAppInstaller>();
        services.AddSingleton<Core.Nudges.INudgeSender, GraphNudgeSender>();
        services.AddSingleton<Core.Nudges.INudgeLedger, Nudges.TableNudgeLedger>();
        services.AddSingleton<IBotMessenger, BotMessenger>();
        services.AddSingleton<Core.Circles.Invitations.ITeamsAppPresence, TeamsAppPresence>();
        return services;
    }
}
