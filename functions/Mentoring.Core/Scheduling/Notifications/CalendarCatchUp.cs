using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Reads what changed in an organizer's calendar since the stored delta link, and queues each changed series as a change.</summary>
/// <remarks>
/// Run after a <c>missed</c> lifecycle notification, a recreated subscription, or an outage (learn.microsoft.com/graph/
/// change-notifications-lifecycle-events: "resynchronize resource data"); the link moves on only once the changes are queued,
/// so a crash reads them again. A mailbox the product no longer follows is refused (NotFound), and nothing is written.
/// </remarks>
public sealed class CalendarCatchUp(IMailboxSubscriptions store, ICalendarSubscriptions graph, ICalendarWorkQueue queue, FollowOrganizer follow, TimeProvider time)
{
    public const string NotFollowed = "notifications.notFollowed";

    /// <summary>The calendarView window a first delta round covers: sessions a month back, and two years ahead.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset now) => (now.AddDays(-31), now.AddYears(2));

    public async Task<Result<int>> ExecuteAsync(TenantId tenant, PersonId organizer, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(tenant, organizer, cancellationToken).ConfigureAwait(false) is not { } subscription)
        {
            return Error.NotFound(NotFollowed);
        }

        var askedAt = time.GetUtcNow();
        var (from, to) = Window(askedAt);
        var delta = await graph.ReadChangesAsync(tenant, organizer, subscription.DeltaLink, from, to, cancellationToken).ConfigureAwait(false);
        if (!delta.IsSuccess)
        {
            return Result<int>.Failure(delta.Errors);
        }

        var now = time.GetUtcNow();
        var work = delta.Value.EventIds.Select(id => new CalendarWork(tenant, organizer, subscription.SubscriptionId, id, "", now)).ToArray();
        if (work.Length > 0)
        {
            await queue.EnqueueAsync(work, cancellationToken).ConfigureAwait(false);
        }

        // The link moves on unless an erasure removed the rows meanwhile (the save would write them back: it is undone).
        await follow.SaveUnlessErasedAsync(subscription with { DeltaLink = delta.Value.DeltaLink }, askedAt, cancellationToken).ConfigureAwait(false);
        return work.Length;
    }
}
