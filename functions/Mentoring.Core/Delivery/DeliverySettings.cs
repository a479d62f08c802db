namespace Mentoring.Core.Delivery;

/// <summary>How cards are delivered.</summary>
/// <param name="Lease">How long a worker owns a claimed card; longer than one delivery with its bounded retries.</param>
/// <param name="ReminderLead">How long before a session its reminder goes out (24 hours by default).</param>
/// <param name="MaxLateness">A due entry older than this is dropped, not sent: a follow-up weeks late is noise.</param>
public sealed record DeliverySettings(TimeSpan Lease, TimeSpan ReminderLead, TimeSpan MaxLateness)
{
    /// <summary>
    /// A row that is not final, whose lease is over and that nobody changed for this long has lost its queue message: the
    /// sweep enqueues it again (<see cref="SweepStrandedCards"/>). Longer than a lease and a queue retry.
    /// </summary>
    public TimeSpan SweepAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long before a session the members who added nothing to its agenda are nudged (two days).</summary>
    public TimeSpan PrepareNudgeLead { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How long before a session the members with a commitment due the next day are nudged (one day).</summary>
    public TimeSpan CommitmentNudgeLead { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Whether joining a circle queues the opening of the person's conversation (<see cref="ConversationsAhead"/>).</summary>
    public bool OpenConversationsAhead { get; init; } = true;

    public static DeliverySettings Default { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromHours(24), TimeSpan.FromDays(2));
}
