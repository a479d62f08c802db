using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>
/// The real circle store (Azurite) with a crash or a conflict injected around one kind of save, chosen by <see cref="StepFaults"/>:
/// <c>{step}:before</c> dies before writing, <c>{step}:after</c> dies once written, <c>{step}:conflict</c> answers a conflict.
/// Steps: <c>pending</c>, <c>confirmed</c> (the series recorded), <c>ended</c>, <c>cadence</c>, <c>lease</c> (the series' lease taken).
/// </summary>
internal sealed class CrashingCircleStore(ICircleStore inner, StepFaults faults) : ICircleStore
{
    public Task<Versioned<Circle>?> FindAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default)
    {
        if (faults.Recording)
        {
            faults.Visits.Enqueue(id.Value);
        }

        return inner.FindAsync(tenant, id, cancellationToken);
    }

    public Task<IReadOnlyList<CircleSummary>> ListForMemberAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        inner.ListForMemberAsync(tenant, person, cancellationToken);

    public Task<IReadOnlyList<Mentoring.Core.Circles.Invitations.CircleInvitation>> ListInvitationsAsync(
        TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        inner.ListInvitationsAsync(tenant, person, cancellationToken);

    public Task<Versioned<Circle>> AddAsync(Circle circle, CancellationToken cancellationToken = default) => inner.AddAsync(circle, cancellationToken);

    public async Task<Result<string>> ReplaceAsync(Circle before, Circle after, string version, CancellationToken cancellationToken = default)
    {
        var step = Step(before, after);
        if (faults.Take(step + ":before"))
        {
            throw new SimulatedCrash(step + ":before");
        }

        if (faults.Take(step + ":conflict"))
        {
            return Error.Conflict("circle.changed");
        }

        var saved = await inner.ReplaceAsync(before, after, version, cancellationToken);
        return faults.Take(step + ":after") ? throw new SimulatedCrash(step + ":after") : saved;
    }

    private static string Step(Circle before, Circle after) => (before.Schedule, after.Schedule) switch
    {
        (null, { State: ScheduleState.Pending }) => "pending",
        ({ Series: null }, { Series: not null }) => "confirmed",
        ({ State: not ScheduleState.Ended }, { State: ScheduleState.Ended }) => "ended",
        _ when before.Cadence != after.Cadence => "cadence",
        ({ Reshaping: null }, { Reshaping: not null }) => "lease",
        _ => "other",
    };
}
