using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The Graph subscription on one organizer's events, and where the catch-up of their calendar stands.</summary>
/// <param name="ClientState">The secret Graph repeats in every notification of this subscription: generated, never logged.</param>
/// <param name="DeltaLink">Graph's calendarView/delta link to read what changed since the last catch-up; null before the first.</param>
public sealed record MailboxSubscription(TenantId Tenant, PersonId Organizer, string SubscriptionId, string ClientState, DateTimeOffset Expiry, string? DeltaLink)
{
    /// <summary>What the product asks for each time: Outlook events allow 10,080 minutes; ten less leaves room for clock skew.</summary>
    /// <remarks>learn.microsoft.com/graph/api/resources/subscription (maximum length of subscription per resource type).</remarks>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10080 - 10);

    /// <summary>Renewed when less than this is left: a renewal timer running hourly has two days of tries before expiry.</summary>
    public static readonly TimeSpan RenewWithin = TimeSpan.FromDays(2);
}
