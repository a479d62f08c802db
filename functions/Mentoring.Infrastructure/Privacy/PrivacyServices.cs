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
        services.AddSingleton<IPersonalDataStore, Relationship.RelationshipPersonalData>();
        // Tables added with the bot, the delivery and matching: read generically (see ScannedPersonalData), the person's rows only
        // (their bot contact; the outbox rows of the circles their own index lists), except Matching (below).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("BotContacts", sp.GetRequiredService<Tables>().BotContacts,
            s => [TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(s.Tenant)} and RowKey eq {Keys.Row(s.Person.Value)}")],
            c => TenantPartition(c.Tenant)));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Outbox", sp.GetRequiredService<Tables>().Outbox,
            s => s.Circles.Distinct().Select(c => CircleRange(s.Tenant, c)), c => CircleRange(c.Tenant, c.Id)));
        // Its rows are "{kind}_{tenant}_{circle}_{session}" by quarter hour: ids of sessions, never of a person. A closed circle's
        // entries matter only in the buckets the dispatcher may still read (from now less the lateness it still sends).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("SessionDue", sp.GetRequiredService<Tables>().SessionDue, subjectRows: null,
            _ => Dispatch.DueBuckets.From(sp.GetRequiredService<TimeProvider>().GetUtcNow() - sp.GetRequiredService<Mentoring.Core.Delivery.DeliverySettings>().MaxLateness)));
        // The tenant's partition: profiles, requests, cohorts and groups are few per person, but others' profiles are free text
        // that may name them in full, and a name cannot be indexed (ErasedText rewrites whole-word mentions). It grows with the
        // tenant's profiles and requests, never with its circles.
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Matching", sp.GetRequiredService<Tables>().Matching,
            s => [TenantPartition(s.Tenant)], c => TenantPartition(c.Tenant)));
        // The person's own partition, a row per day nudged (state and an opaque hash only): exported, and deleted on erasure. No row
        // names a circle, so a closed circle has nothing there (the filter matches no partition).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Nudges", sp.GetRequiredService<Tables>().Nudges,
            s => [TableClient.CreateQueryFilter($"PartitionKey eq {Keys.PersonPartition(s.Tenant, s.Person)}")],
            _ => TableClient.CreateQueryFilter($"PartitionKey eq {"-"}")));
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

    /// <summary>A circle's range of partitions ("{tenant}_{circle}_…": the outbox's sessions of that circle).</summary>
    private static string CircleRange(TenantId tenant, Mentoring.Core.Circles.CircleId circle)
    {
        var prefix = Keys.CirclePartition(tenant, circle) + "_";
        return TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {Agendas.EntryRows.After(prefix)}");
    }
}
