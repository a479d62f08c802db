using System.Text.Json;
using Azure.Storage.Queues;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling.Notifications;

namespace Mentoring.Infrastructure.Scheduling.Notifications;

/// <summary>
/// The calendar work queue: one message per change or lifecycle event, ids and versions only (no personal data, no clientState).
/// The queue trigger reads its name from the <see cref="Setting"/> app setting.
/// </summary>
public sealed class StorageCalendarWorkQueue(QueueServiceClient service, string name) : ICalendarWorkQueue
{
    public const string Setting = "CalendarWorkQueue";
    public const string DefaultName = "calendar-work";

    private readonly QueueClient queue = service.GetQueueClient(name);
    private int created;

    public async Task EnqueueAsync(IReadOnlyList<CalendarWork> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Exchange(ref created, 1) == 0)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await Task.WhenAll(work.Select(w => queue.SendMessageAsync(Write(w), cancellationToken))).ConfigureAwait(false);
    }

    public static string Write(CalendarWork work) => JsonSerializer.Serialize(new Message(
        work.Tenant.Value, work.Organizer.Value, work.SubscriptionId, work.EventId, work.ChangeKey, work.ReceivedAt, work.LifecycleEvent));

    /// <summary>The work a message holds, or null when it is not one of these messages.</summary>
    public static CalendarWork? Read(string text)
    {
        try
        {
            var m = JsonSerializer.Deserialize<Message>(text);
            return m is not null && m.TenantId != Guid.Empty && m.OrganizerId != Guid.Empty && (m.EventId is not null || m.LifecycleEvent is not null)
                ? new CalendarWork(new TenantId(m.TenantId), new PersonId(m.OrganizerId), m.SubscriptionId ?? "", m.EventId, m.ChangeKey ?? "", m.ReceivedAt, m.LifecycleEvent)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Message(
        Guid TenantId, Guid OrganizerId, string? SubscriptionId, string? EventId, string? ChangeKey, DateTimeOffset ReceivedAt, string? LifecycleEvent);
}
