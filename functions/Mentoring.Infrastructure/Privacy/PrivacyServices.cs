using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>Every table's personal-data handler, and the privacy ports. A new table registers its handler here (a test fails until it does).</summary>
public static class PrivacyServices
{
    public static IServiceCollection AddMentoringPrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPersonalDataStore, CirclesPersonalData>();
        services.AddSingleton<IPersonalDataStore, MembershipsPersonalData>();
        services.AddSingleton<IPersonalDataStore, PeoplePersonalData>();
        services.AddSingleton<IPersonalDataStore, ScheduledPersonalData>();
        services.AddSingleton<IPersonalDataStore, AgendaPublishPersonalData>();
        services.AddSingleton<IPersonalDataStore, MeetingsPersonalData>();
        // Tables added with the bot, the delivery and matching: read generically (see ScannedPersonalData).
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("BotContacts", sp.GetRequiredService<Tables>().BotContacts));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Outbox", sp.GetRequiredService<Tables>().Outbox));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("SessionDue", sp.GetRequiredService<Tables>().SessionDue));
        services.AddSingleton<IPersonalDataStore>(sp => new ScannedPersonalData("Matching", sp.GetRequiredService<Tables>().Matching));
        services.AddSingleton<IPersonalDataStore, QueuedPersonalData>();
        services.AddSingleton<TablePersonPause>();
        services.AddSingleton<IPersonPause>(sp => sp.GetRequiredService<TablePersonPause>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TablePersonPause>());
        services.AddSingleton<TableErasureLog>();
        services.AddSingleton<IErasureLog>(sp => sp.GetRequiredService<TableErasureLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableErasureLog>());
        services.AddSingleton<TableRetentionList>();
        services.AddSingleton<IRetentionList>(sp => sp.GetRequiredService<TableRetentionList>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableRetentionList>());
        services.AddSingleton<TableLeaverLog>();
        services.AddSingleton<Mentoring.Core.Privacy.Leavers.ILeaverLog>(sp => sp.GetRequiredService<TableLeaverLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TableLeaverLog>());
        return services;
    }
}
