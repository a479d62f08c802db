using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Bot;

/// <summary>The bot's side of the Bot Framework: checking the tokens channels send.</summary>
public static class BotServices
{
    public static IServiceCollection AddMentoringBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section));
        services.AddHttpClient(BotFrameworkKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ChannelSigningKeys>();
        services.AddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        services.AddMentoringBotConnector();
        return services;
    }
}
