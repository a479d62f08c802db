using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Meetings;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Agendas;
using Mentoring.Infrastructure.FollowUps;
using Mentoring.Infrastructure.Dispatch;
using Mentoring.Infrastructure.Matching;
using Mentoring.Infrastructure.People;
using Mentoring.Infrastructure.Privacy;
using Mentoring.Infrastructure.Scheduling;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure;

/// <summary>Registers the adapters behind Core's ports.</summary>
public static class InfrastructureServices
{
    public static IServiceCollection AddMentoringInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.IsValid, "Set Storage:ConnectionString (Azurite) or Storage:TableEndpoint (Azure, managed identity), not both.")
            .ValidateOnStart();
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), HttpPipelinePosition.PerRetry);
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return storage.TableEndpoint is { } endpoint
                ? new TableServiceClient(endpoint, new ManagedIdentityCredential(storage.ManagedIdentityClientId is { } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned), options)
                : new TableServiceClient(storage.ConnectionString, options);
        });
        services.AddSingleton<Tables>();
        services.AddSingleton<UnreadableRows>();
        services.AddHostedService<TablesInitializer>();
        services.AddSingleton<ICircleStore, TableCircleStore>();
        services.AddSingleton<ISessionStore, TableSessionStore>();
        services.AddSingleton<IScheduledCircles, TableScheduledCircles>();
        services.AddSingleton<ICircleBoardStore, TableCircleBoardStore>();
        services.AddSingleton<IAgendaPublishQueue, TableAgendaPublishQueue>();
        services.AddSingleton<IAgendaAttachments, TableAgendaAttachments>();
        services.AddSingleton<IMeetingIndex, TableMeetingIndex>();
        services.AddSingleton<IProfileStore, TableProfileStore>();
        services.AddSingleton<IMentorRequestStore, TableMentorRequestStore>();
        services.TryAddSingleton<IRequestNotifier, RequestCardNotifier>();
        services.AddSingleton<ICohortStore, TableCohortStore>();
        services.AddSingleton<Core.Scheduling.Adoption.ISeriesIndex, Scheduling.TableSeriesIndex>();
        services.AddSingleton<Core.Scheduling.Notifications.IMailboxSubscriptions, Scheduling.Notifications.TableMailboxSubscriptions>();
        services.AddSingleton<Core.Scheduling.Notifications.ICircleSyncMarks, Scheduling.Notifications.TableCircleSyncMarks>();
        services.AddSingleton<Core.Scheduling.Notifications.IReconciliationCursors, Scheduling.Notifications.TableReconciliationCursors>();
        services.TryAddSingleton(new Core.Scheduling.Notifications.ReconciliationPacing());
        services.AddSingleton<Core.Scheduling.Notifications.ICalendarWorkQueue>(sp => new Scheduling.Notifications.StorageCalendarWorkQueue(
            sp.GetRequiredService<Azure.Storage.Queues.QueueServiceClient>(),
            configuration[Scheduling.Notifications.StorageCalendarWorkQueue.Setting] ?? Scheduling.Notifications.StorageCalendarWorkQueue.DefaultName));
        services.AddSingleton<TablePersonDirectory>();
        services.AddSingleton<IPersonDirectory>(sp => sp.GetRequiredService<TablePersonDirectory>());
        services.AddSingleton<IFollowUpStore, TableFollowUpStore>();
        services.AddSingleton<Mentoring.Core.Goals.IGoalStore, Goals.TableGoalStore>();
        services.AddSingleton<Mentoring.Core.Relationship.IRelationshipStore, Relationship.TableRelationshipStore>();
        services.AddMentoringDelivery(configuration);
        services.AddMentoringPrivacy(configuration);
        return services;
    }
}
