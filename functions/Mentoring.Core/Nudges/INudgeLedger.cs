using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Nudges;

/// <summary>
/// One row per person per day (the key): whoever claims it first nudges that person that day, nobody else does. The row moves
/// Claimed → Sending → Sent (or back to Claimed when Graph asked to come back later, or Refused), by conditional writes.
/// </summary>
/// <remarks>
/// A retry of the same nudge (same <paramref name="source"/>) takes over a row still Claimed (nothing was sent); a row Sending
/// may have reached Graph, so it is never sent again: a person may miss a nudge after a crash, never get two.
/// </remarks>
public interface INudgeLedger
{
    /// <summary>The claim when this nudge may go to the person that day (a new row, or this same nudge's row still Claimed), else null.</summary>
    Task<NudgeClaim?> ClaimAsync(TenantId tenant, DateOnly day, PersonId person, string source, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claimed → Sending, only if nobody moved the row since the claim (its version): of two workers holding the same nudge (a
    /// duplicate queue message), one sends, the other gets false and leaves the person alone.
    /// </summary>
    Task<bool> StartSendingAsync(NudgeClaim claim, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Sets the state of a row this worker moved to Sending.</summary>
    Task MarkAsync(TenantId tenant, DateOnly day, PersonId person, NudgeState state, DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>A person's row for the day, as this worker found or made it.</summary>
public sealed record NudgeClaim(TenantId Tenant, DateOnly Day, PersonId Person, string Version);

public enum NudgeState
{
    Claimed,
    Sending,
    Sent,
    Refused,
}
