using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Graph's subscriptions on organizers' events, and the delta query that catches a calendar up.</summary>
/// <remarks>Unavailable (throttled, down) comes back as an <see cref="ErrorKind.Unavailable"/> error; a subscription Graph no longer has, NotFound.</remarks>
public interface ICalendarSubscriptions
{
    /// <summary>Whether the product can receive notifications at all (a notification URL is configured).</summary>
    bool Enabled { get; }

    /// <summary>Subscribes to the organizer's events (created, updated, deleted) with a fresh secret clientState.</summary>
    Task<Result<MailboxSubscription>> CreateAsync(TenantId tenant, PersonId organizer, DateTimeOffset expiry, CancellationToken cancellationToken = default);

    Task<Result<DateTimeOffset>> RenewAsync(TenantId tenant, string subscriptionId, DateTimeOffset expiry, CancellationToken cancellationToken = default);

    Task<Result<Unit>> DeleteAsync(TenantId tenant, string subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The series masters and single events changed in the organizer's calendar since <paramref name="deltaLink"/> (from
    /// <paramref name="from"/> to <paramref name="to"/> on a first round), and the link of the next round.
    /// </summary>
    Task<Result<CalendarDelta>> ReadChangesAsync(
        TenantId tenant, PersonId organizer, string? deltaLink, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}

/// <param name="EventIds">Ids of the series masters (or single events) that changed, each once.</param>
public sealed record CalendarDelta(IReadOnlyList<string> EventIds, string DeltaLink);
