using System.Text.Json.Nodes;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Core.Scheduling.Notifications;

namespace Mentoring.Infrastructure.Scheduling.Notifications;

/// <summary>
/// The CalendarFollow table names an organizer (their id, as the subscription's key): the export says their calendar is
/// followed and until when (never the clientState, a secret); an erasure removes the rows (Graph lets the subscription
/// expire within 7 days, and its notifications are then unknown ones). It holds nothing per circle.
/// </summary>
internal sealed class CalendarFollowPersonalData(IMailboxSubscriptions subscriptions) : IPersonalDataStore
{
    public string Store => "CalendarFollow";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var found = await subscriptions.FindAsync(subject.Tenant, subject.Person, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return [];
        }

        // Both rows name them (the subscription, and the index from its id to them): both are exported, by their keys.
        var keys = TableMailboxSubscriptions.KeysOf(found);
        return
        [
            new PersonalRecord(Store, "calendarSubscription", keys[0], false, new JsonObject { ["expiresAt"] = found.Expiry.ToString("O") }),
            new PersonalRecord(Store, "calendarSubscriptionIndex", keys[1], false, new JsonObject { ["organizerId"] = subject.Person.ToString() }),
        ];
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (await subscriptions.FindAsync(subject.Tenant, subject.Person, cancellationToken).ConfigureAwait(false) is { } found)
        {
            await subscriptions.RemoveAsync(found, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
