using Azure.Identity;
using Azure.Storage.Queues;
using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>Registers the card delivery's storage: the due-session index, the outbox and the queues.</summary>
public static class DeliveryServices
{
    public static IServiceCollection AddMentoringDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section))
            .PostConfigure(o =>
            {
                o.SessionQueue = configuration[DeliveryOptions.SessionQueueSetting] ?? o.SessionQueue;
                o.CardQueue = configuration[DeliveryOptions.CardQueueSetting] ?? o.CardQueue;
                o.ConversationQueue = configuration[DeliveryOptions.ConversationQueueSetting] ?? o.ConversationQueue;
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.ToSettings());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeliveryCheckpoints, NoDeliveryCheckpoints>();
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            return storage.QueueEndpoint is { } endpoint
                ? new QueueServiceClient(endpoint, new ManagedIdentityCredential(storage.ManagedIdentityClientId is { } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned), options)
                : new QueueServiceClient(storage.ConnectionString, options);
        });
        services.AddSingleton(sp => new DeliveryQueues(sp.GetRequiredService<QueueServiceClient>(), sp.GetRequiredService<IOptions<DeliveryOptions>>().Value));
        services.AddSingleton<CardRetries>();
        services.AddHostedService<QueuesInitializer>();
        services.AddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        services.AddSingleton<IConversationQueue, StorageConversationQueue>();
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<TableOutbox>());
        services.AddSingleton<TableSessionDueIndex>();
        services.AddSingleton<ISessionDueIndex>(sp => sp.GetRequiredService<TableSessionDueIndex>());
        services.AddSingleton<IDispatchedSessions, TableDispatchedSessions>();
        return services;
    }

    /// <summary>Creates the queues when the host starts, so no request pays for it.</summary>
    private sealed class QueuesInitializer(DeliveryQueues queues) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => queues.CreateIfMissingAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
