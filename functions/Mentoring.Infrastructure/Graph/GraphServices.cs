using Mentoring.Core.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Registers the Graph calendar gateway and what it needs.</summary>
public static class GraphServices
{
    public static IServiceCollection AddMentoringGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ClientCredentialsTokens.HttpClientName);
        services.AddSingleton(sp => new ClientCredentialsTokens(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ClientCredentialsTokens.HttpClientName),
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            sp.GetRequiredService<TimeProvider>()));

        // A secret means a local run against the emulator; without one, Azure's federated managed identity.
        services.AddSingleton<ITenantAuthentication>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.ClientSecret is { Length: > 0 }
            ? new SecretTenantAuthentication(sp.GetRequiredService<ClientCredentialsTokens>())
            : new FederatedTenantAuthentication(sp.GetRequiredService<IOptions<GraphOptions>>()));
        services.AddSingleton<GraphClients>();
        services.AddLogging();
        services.AddSingleton<MeetingChatThreads>();
        services.AddSingleton<Mentoring.Core.Attendance.IAttendanceReports, GraphAttendanceReports>();
        services.AddSingleton<ICalendarGateway, GraphCalendarGateway>();
        services.AddSingleton<Mentoring.Core.People.IPeopleSource, GraphPeopleSource>();
        services.AddSingleton<Mentoring.Core.Privacy.Leavers.IDirectoryChanges, GraphDirectoryChanges>();
        services.AddOptions<CalendarNotificationOptions>().Bind(configuration.GetSection(CalendarNotificationOptions.Section));
        services.AddSingleton<Mentoring.Core.Scheduling.Notifications.ICalendarSubscriptions, GraphCalendarSubscriptions>();
        return services;
    }
}
