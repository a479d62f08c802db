using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Dispatch;
using Microsoft.Extensions.Logging;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The dispatch's Storage queues (sessions, cards, and their poison queues) as a personal-data store. Their messages carry
/// ids only (tenant, circle, session, member: <see cref="DeliveryMessages"/>), and a card for someone who left every circle
/// is skipped by its handler anyway; but a message waits, and a poison message stays until someone deletes it. So an
/// erasure deletes every message naming the person (their id, or their full name or email as a whole word in a message the
/// product did not write), and a purge every message naming the circle.
/// </summary>
/// <remarks>
/// Storage queues can only be listed by receiving: the messages are received (hidden for <see cref="Hold"/>), those naming
/// the person deleted, and the others made visible again. Bounded: a queue is read for at most the messages it held when the
/// drain began (what is queued later cannot name someone who already left every circle) and for at most <see cref="MaxTime"/>
/// in all; what is left then makes the erasure throw <see cref="ErasureUnfinishedException"/>, and its queued retry goes on
/// (every step is idempotent). A message another worker took meanwhile (its receipt is stale: 404 MessageNotFound or 400
/// PopReceiptMismatch, learn.microsoft.com/rest/api/storageservices/delete-message2 and update-message) is theirs: skipped.
/// An export only peeks (no side effect), so it shows at most the first 32 messages of each queue.
/// </remarks>
internal sealed class QueuedPersonalData(DeliveryQueues queues, StorageErasureQueue erasures, TimeProvider time, ILogger<QueuedPersonalData> logger) : IPersonalDataStore
{
    private const int Batch = 32;
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxTime = TimeSpan.FromMinutes(2);

    public string Store => "Queues";

    /// <summary>
    /// The dispatch's queues (sessions, cards, conversations to open ahead of time), and the erasure queue's own (a message that
    /// failed five times names a person by id).
    /// </summary>
    private QueueClient[] All =>
        [queues.Sessions, queues.Cards, queues.Conversations, queues.Poison(queues.Sessions), queues.Poison(queues.Cards), queues.Poison(queues.Conversations), .. erasures.Queues];

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        var id = subject.Person.ToString();
        foreach (var queue in All)
        {
            var peeked = await WhenExistsAsync(() => queue.PeekMessagesAsync(Batch, cancellationToken), cancellationToken).ConfigureAwait(false);
            records.AddRange((peeked ?? []).Where(m => m.Body.ToString().Contains(id, StringComparison.OrdinalIgnoreCase)).Select(m => new PersonalRecord(
                Store, "queuedMessage", $"{queue.Name}/{m.MessageId}", WrittenBySubject: false,
                new JsonObject { ["queue"] = queue.Name, ["insertedOn"] = m.InsertedOn, ["message"] = m.Body.ToString() })));
        }

        return records;
    }

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        DeleteWhereAsync(new ErasedText(subject).Mentions, cancellationToken);

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var id = circle.Id.ToString();
        return DeleteWhereAsync(text => text.Contains(id, StringComparison.OrdinalIgnoreCase), cancellationToken);
    }

    private async Task DeleteWhereAsync(Func<string, bool> names, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + MaxTime;
        var finished = true;
        foreach (var queue in All)
        {
            finished &= await DrainAsync(queue, names, deadline, cancellationToken).ConfigureAwait(false);
        }

        if (!finished)
        {
            throw new ErasureUnfinishedException("The queues were not all read within the drain's bounds; the erasure's retry goes on.");
        }
    }

    /// <summary>One queue, up to the messages it held at the start; false when the deadline came first.</summary>
    private async Task<bool> DrainAsync(QueueClient queue, Func<string, bool> names, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var properties = await WhenExistsAsync(() => queue.GetPropertiesAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        var left = properties?.ApproximateMessagesCount ?? 0;
        var kept = new List<QueueMessage>();
        var finished = true;
        while (left > 0)
        {
            if (time.GetUtcNow() > deadline)
            {
                finished = false;
                break;
            }

            var batch = await WhenExistsAsync(() => queue.ReceiveMessagesAsync(Math.Min(Batch, left), Hold, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (batch is not { Length: > 0 })
            {
                break;
            }

            left -= batch.Length;
            foreach (var message in batch)
            {
                if (names(message.Body.ToString()))
                {
                    await IfStillOursAsync(queue, message, () => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken)).ConfigureAwait(false);
                }
                else
                {
                    kept.Add(message);
                }
            }
        }

        // Only once every message was seen: released earlier, a kept one would be received again and again.
        foreach (var message in kept)
        {
            await IfStillOursAsync(queue, message, () => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
        }

        return finished;
    }

    /// <summary>A call with a message's receipt; a receipt gone stale (another worker received it since) leaves it to that worker.</summary>
    private async Task IfStillOursAsync(QueueClient queue, QueueMessage message, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404 || e.ErrorCode == "PopReceiptMismatch")
        {
            logger.LogInformation("Queue {Queue} message {Message} was taken by another worker during an erasure ({Code})", queue.Name, message.MessageId, e.ErrorCode);
        }
    }

    /// <summary>The call's value; none when the queue does not exist (a host that never created its queues).</summary>
    private static async Task<T?> WhenExistsAsync<T>(Func<Task<Response<T>>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return (await call().ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return default;
        }
    }
}
