using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: the next three times in the coming two weeks when every member is free, within each one's working hours.</summary>
public sealed class ProposeSlots(ICircleStore circles, ICalendarGateway calendar, IPersonDirectory directory, TimeProvider time)
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    public async Task<Result<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<IReadOnlyList<(DateTimeOffset, DateTimeOffset)>>.Failure(found.Errors);
        }

        var circle = found.Value.Value;
        var people = await directory.FindAsync(caller.Tenant, [.. circle.Members.Select(m => m.PersonId)], cancellationToken).ConfigureAwait(false);
        var from = time.GetUtcNow().AddHours(1);
        var availability = await calendar.GetAvailabilityAsync(caller.Tenant, caller.Id, people, from, from + Horizon, cancellationToken).ConfigureAwait(false);
        return availability.Map(a => SlotFinder.Propose(a, circle.Cadence.Duration, from, from + Horizon));
    }
}
