using System.Text.Json;
using Azure.Storage.Queues;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The erasure queue: one message per erasure to run, <c>{"tenantId":…,"personId":…}</c>, ids only (a message that fails five
/// times waits in the poison queue, out of any erasure's reach: it must name nobody). The queue trigger reads its name from
/// the <see cref="Setting"/> app setting.
/// </summary>
public sealed class StorageErasureQueue(QueueServiceClient service, string name) : IErasureQueue
{
    public const string Setting = "PrivacyErasureQueue";
    public const string DefaultName = "privacy-erasures";

    private readonly QueueClient queue = service.GetQueueClient(name);
    private int created;

    /// <summary>The queue and the poison queue the Functions host moves a message to after five failures: an erasure reads both.</summary>
    internal QueueClient[] Queues => [queue, service.GetQueueClient(name + "-poison")];

    public async Task EnqueueAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref created, 1) == 0)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await queue.SendMessageAsync(Write(tenant, person), cancellationToken).ConfigureAwait(false);
    }

    public static string Write(TenantId tenant, PersonId person) => JsonSerializer.Serialize(new Message(tenant.Value, person.Value));

    /// <summary>The ids a message holds, or null when it is not an erasure message.</summary>
    public static (TenantId Tenant, PersonId Person)? Read(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<Message>(text);
            return message is { TenantId: var t, PersonId: var p } && t != Guid.Empty && p != Guid.Empty ? (new TenantId(t), new PersonId(p)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Message(Guid TenantId, Guid PersonId);
}
