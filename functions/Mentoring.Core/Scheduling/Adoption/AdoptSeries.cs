using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>Use case: the organizer of a recurring appointment made in Outlook hands it to a circle, which manages it from then on as its series.</summary>
/// <remarks>
/// Bad input (no such item in the caller's calendar, someone else's item, all-day, not recurring, attendees other than the
/// circle's members, a first session past, an item another circle holds) is refused before anything is written. Then the item
/// is claimed in the index (one circle per item), the circle listed for the timer and marked pending with the item's id, and
/// the series confirmed at once if the item was sent. A draft, or a calendar unavailable, leaves the adoption pending: the
/// timer confirms it once the item is sent and drops it if the draft is discarded. Asking again with the same item is a no-op.
/// </remarks>
public sealed class AdoptSeries(ICircleStore circles, ISessionStore sessions, IScheduledCircles scheduled, ISeriesIndex index, SeriesAdoption adoption, SeriesLifecycle lifecycle, TimeProvider time)
{
    /// <summary>Longer than any Exchange REST id (about 150 characters); an id is opaque otherwise.</summary>
    public const int MaxItemIdLength = 512;

    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, string? itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(itemId) || itemId.Length > MaxItemIdLength || itemId.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return Error.Invalid("itemId", string.IsNullOrWhiteSpace(itemId) ? "required" : "id.invalid");
        }

        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<SeriesView>.Failure(found.Errors);
        }

        var circle = found.Value.Value;
        if (circle.Schedule is { } existing)
        {
            return existing.AdoptedEventId == itemId ? await AgainAsync(circle, cancellationToken).ConfigureAwait(false) : Error.Conflict("adopt.circleHasSeries");
        }

        if (circle.Status != CircleStatus.Active)
        {
            return Error.Conflict("circle.notActive");
        }

        if (await index.FindAsync(caller.Tenant, itemId, cancellationToken).ConfigureAwait(false) is { } holder && holder != id)
        {
            return Error.Conflict("adopt.otherCircle");
        }

        var read = await adoption.ReadAsync(circle, caller.Id, itemId, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess && read.Errors[0].Kind != ErrorKind.Unavailable)
        {
            return Result<SeriesView>.Failure(read.Errors);
        }

        // Claimed before anything else is written, so two circles racing for one item cannot both hold it.
        if (await index.ClaimAsync(caller.Tenant, itemId, id, cancellationToken).ConfigureAwait(false) != id)
        {
            return Error.Conflict("adopt.otherCircle");
        }

        await scheduled.AddAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        var pending = await circles.ApplyAsync(caller, found.Value, c => c.Schedule is null ? c with { Schedule = CircleSchedule.Adopting(caller.Id, itemId, time.GetUtcNow()) } : c, cancellationToken).ConfigureAwait(false);
        if (!pending.IsSuccess)
        {
            return Result<SeriesView>.Failure(pending.Errors);
        }

        if (!read.IsSuccess)
        {
            // The calendar is unavailable: the adoption is recorded, the caller told to retry, the timer finishes it meanwhile.
            return Result<SeriesView>.Failure(read.Errors);
        }

        if (!read.Value.Sent)
        {
            return new SeriesView(pending.Value.Circle.Schedule!, []);
        }

        var confirmed = await adoption.ConfirmAsync(pending.Value.Circle, read.Value, cancellationToken).ConfigureAwait(false);
        return confirmed.IsSuccess ? await lifecycle.SyncAsync(confirmed.Value.Circle, cancellationToken).ConfigureAwait(false) : Result<SeriesView>.Failure(confirmed.Errors);
    }

    /// <summary>The same item again: finish the adoption if it is still pending, else return the series as it is.</summary>
    private async Task<Result<SeriesView>> AgainAsync(Circle circle, CancellationToken cancellationToken) =>
        circle.Schedule is { State: ScheduleState.Pending, Series: null }
            ? await lifecycle.CompleteAsync(circle, cancellationToken).ConfigureAwait(false)
            : new SeriesView(circle.Schedule!, await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false));
}
