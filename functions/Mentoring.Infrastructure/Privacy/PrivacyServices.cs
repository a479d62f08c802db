using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>Every table's personal-data handler, and the privacy ports. A new table registers its handler here (a test fails until it does).</summary>
public static class PrivacyServices
{
    public static IServiceCollection AddMentoringPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPersonalDataStore, CirclesPersonalData>();
        services.AddSingleton<IPersonalDataStore, MembershipsPersonalData>();
        services.AddSingleton<IPersonalDataStore, PeoplePersonalData>();
        services.AddSingleton<IPersonalDataStore, ScheduledPersonalData>();
        services.AddSingleton<IPersonalDataStore, AgendaPublishPersonalData>();
        services.AddSingleton<IPersonalDataStore, MeetingsPersonalData>();
        services.AddSingleton<IPersonalDataStore, Goals.GoalsPersonalData>();
        // Tables added with the bot, the delivery and matching: read generically, the person's tenant only (see ScannedPersonalData).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("BotContacts", sp.GetRequiredService<Tables>().BotContacts, TenantPartition));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Outbox", sp.GetRequiredService<Tables>().Outbox, TenantRange));
        // Its rows are "{kind}_{tenant}_{circle}_{session}" by quarter hour: ids of sessions, never of a person. A closed circle's
        // entries matter only in the buckets the dispatcher may still read (from now less the lateness it still sends).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("SessionDue", sp.GetRequiredService<Tables>().SessionDue, tenantRows: null,
            _ => Dispatch.DueBuckets.From(sp.GetRequiredService<TimeProvider>().GetUtcNow() - sp.GetRequiredService<Mentoring.Core.Delivery.DeliverySettings>().MaxLateness)));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Matching", sp.GetRequiredService<Tables>().Matching, TenantPartition));
        services.AddSingleton<IPersonalDataStore, Scheduling.Notifications.CalendarFollowPersonalData>();
        services.AddSingleton<IPersonalDataStore, QueuedPersonalData>();
        services.AddSingleton<TablePersonPause>();
        services.AddSingleton<IPersonPause>(sp => sp.GetRequiredService<TablePersonPause>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TablePersonPause>());
        services.AddSingleton<TableErasureLog>();
        services.AddSingleton<IErasureLog>(sp => sp.GetRequiredService<TableErasureLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableErasureLog>());
        services.AddSingleton<IPersonCircles, TablePersonCircles>();
        services.AddSingleton(sp => new StorageErasureQueue(
            sp.GetRequiredService<Azure.Storage.Queues.QueueServiceClient>(),
            configuration[StorageErasureQueue.Setting] ?? StorageErasureQueue.DefaultName));
        services.AddSingleton<IErasureQueue>(sp => sp.GetRequiredService<StorageErasureQueue>());
        services.AddSingleton<TableRetentionList>();
        services.AddSingleton<IRetentionList>(sp => sp.GetRequiredService<TableRetentionList>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableRetentionList>());
        services.AddSingleton<TableLeaverLog>();
        services.AddSingleton<Mentoring.Core.Privacy.Leavers.ILeaverLog>(sp => sp.GetRequiredService<TableLeaverLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableLeaverLog>());
        return services;
    }

    /// <summary>A table whose partition is the tenant (bot contacts, matching).</summary>
    private static string TenantPartition(TenantId tenant) => TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)}");

    /// <summary>A table whose partitions start with the tenant ("{tenant}_…": the outbox's sessions).</summary>
    private static string TenantRange(TenantId tenant)
    {
        var prefix = Keys.Tenant(tenant) + "_";
        return TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {Agendas.EntryRows.After(prefix)}");
    }
}
