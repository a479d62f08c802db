using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Dispatch;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The dispatch's Storage queues (sessions, cards, and their poison queues) as a personal-data store. Their messages carry
/// ids only (tenant, circle, session, member: <see cref="DeliveryMessages"/>), and a card for someone who left every circle
/// is skipped by its handler anyway; but a message waits, and a poison message stays until someone deletes it. So an
/// erasure deletes every message naming the person (their id, or their name or email in a message the product did not
/// write), and a purge every message naming the circle.
/// </summary>
/// <remarks>
/// Storage queues can only be listed by receiving: the messages are received (hidden for <see cref="Hold"/>), those naming
/// the person deleted, and the others made visible again at once. Receiving counts as one dequeue of the messages kept: at
/// worst such a message reaches its poison queue one try earlier, nothing is lost. A message a worker holds during the
/// erasure is not seen: its card is skipped (the person is in no circle any more). An export only peeks (no side effect),
/// so it shows at most the first 32 messages of each queue.
/// </remarks>
internal sealed class QueuedPersonalData(DeliveryQueues queues) : IPersonalDataStore
{
    private const int Batch = 32;
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    public string Store => "Queues";

    private QueueClient[] All => [queues.Sessions, queues.Cards, queues.Poison(queues.Sessions), queues.Poison(queues.Cards)];

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        foreach (var queue in All)
        {
            var peeked = await WhenExistsAsync(() => queue.PeekMessagesAsync(Batch, cancellationToken), cancellationToken).ConfigureAwait(false);
            records.AddRange((peeked ?? []).Where(m => Names(m.Body.ToString(), subject)).Select(m => new PersonalRecord(
                Store, "queuedMessage", $"{queue.Name}/{m.MessageId}", WrittenBySubject: false,
                new JsonObject { ["queue"] = queue.Name, ["insertedOn"] = m.InsertedOn, ["message"] = m.Body.ToString() })));
        }

        return records;
    }

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        DeleteWhereAsync(text => Names(text, subject), cancellationToken);

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var id = circle.Id.ToString();
        return DeleteWhereAsync(text => text.Contains(id, StringComparison.OrdinalIgnoreCase), cancellationToken);
    }

    private static bool Names(string text, DataSubject subject) =>
        text.Contains(subject.Person.ToString(), StringComparison.OrdinalIgnoreCase)
        || subject.Names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));

    private async Task DeleteWhereAsync(Func<string, bool> names, CancellationToken cancellationToken)
    {
        foreach (var queue in All)
        {
            var kept = new List<QueueMessage>();
            while (await WhenExistsAsync(() => queue.ReceiveMessagesAsync(Batch, Hold, cancellationToken), cancellationToken).ConfigureAwait(false) is { Length: > 0 } batch)
            {
                foreach (var message in batch)
                {
                    if (names(message.Body.ToString()))
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
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
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The call's messages; none when the queue does not exist (a host that never created its queues).</summary>
    private static async Task<T[]?> WhenExistsAsync<T>(Func<Task<Response<T[]>>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return (await call().ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
