using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>The calendar steps of adopting a series made in Outlook: read and check the item, confirm it, or drop the adoption.</summary>
/// <remarks>
/// Shared by the adoption request and the scheduling timer (through <see cref="SeriesLifecycle"/>), so an adoption the
/// calendar could not confirm at once (item still a draft, Graph unavailable) is finished the same way later. Nothing here
/// ever creates an event: an adopted schedule only reads its item.
/// </remarks>
public sealed class SeriesAdoption(ICircleStore circles, ICalendarGateway calendar, IPersonDirectory directory, IPeopleSource people, ISeriesIndex index, Meetings.IMeetingIndex meetings, IScheduledCircles scheduled, TimeProvider time)
{
    /// <summary>Reads the organizer's item and checks it against the circle.</summary>
    public async Task<Result<AdoptedSeries>> ReadAsync(Circle circle, PersonId organizer, string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var read = await calendar.ReadAppointmentAsync(circle.Tenant, organizer, eventId, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            // Not in the caller's calendar at all: someone else's item, or one deleted (a draft discarded).
            return read.Errors[0].Kind == ErrorKind.NotFound ? Error.Invalid("itemId", "adopt.itemNotFound") : Result<AdoptedSeries>.Failure(read.Errors);
        }

        // The appointment's attendees are the circle's members and the people it invited who have not answered yet: the Outlook
        // invitation is the organizer's own, sent from their mailbox by them, and puts nobody in the circle (they join by accepting
        // the circle's invitation in the tab; the product's own attendee changes only ever add members).
        PersonId[] expected = [.. circle.Members.Select(m => m.PersonId), .. circle.PendingInvitations.Select(i => i.PersonId)];
        var members = await directory.FindAsync(circle.Tenant, expected, cancellationToken).ConfigureAwait(false);
        var me = members.FirstOrDefault(p => p.Id == organizer) ?? throw new InvalidOperationException("A circle's member is missing from the directory copy.");
        var others = members.Where(p => p.Id != organizer).ToArray();
        var cadence = AppointmentCheck.Check(read.Value, circle, me, others, time.GetUtcNow());
        if (!cadence.IsSuccess)
        {
            return Result<AdoptedSeries>.Failure(await ExplainAsync(circle.Tenant, cadence.Errors, cancellationToken).ConfigureAwait(false));
        }

        return new AdoptedSeries(cadence.Value, read.Value.Series, !read.Value.IsDraft);
    }

    /// <summary>Finishes a pending adoption: confirmed once the item is sent, kept pending while a draft, dropped when it is gone or no longer fits.</summary>
    /// <returns>The circle as saved (still pending while a draft), or why it could not be confirmed.</returns>
    public async Task<Result<Circle>> CompleteAsync(Circle circle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var schedule = circle.Schedule!;
        var read = await ReadAsync(circle, schedule.Organizer, schedule.AdoptedEventId!, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            if (read.Errors[0].Kind != ErrorKind.Unavailable)
            {
                await DropAsync(circle, cancellationToken).ConfigureAwait(false);
            }

            return Result<Circle>.Failure(read.Errors);
        }

        if (!read.Value.Sent)
        {
            return circle;
        }

        var confirmed = await ConfirmAsync(circle, read.Value, cancellationToken).ConfigureAwait(false);
        return confirmed.IsSuccess ? confirmed.Value.Circle : Result<Circle>.Failure(confirmed.Errors);
    }

    /// <summary>Records the sent item as the circle's series (its cadence taken from it), then indexes its Teams meeting.</summary>
    public async Task<Result<CircleView>> ConfirmAsync(Circle circle, AdoptedSeries adopted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(adopted);
        var eventId = adopted.Series.SeriesMasterId;
        var saved = await circles.ApplyAsSystemAsync(circle.Tenant, circle.Id, c => c.Schedule is { State: var state, Series: null } s && s.AdoptedEventId == eventId
            ? c with { Cadence = adopted.Cadence, Schedule = s with { Series = adopted.Series, State = state is ScheduleState.Pending ? ScheduleState.Scheduled : state } }
            : c, cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess && adopted.Series.JoinUrl.Length > 0)
        {
            await meetings.IndexAsync(circle.Tenant, circle.Id, adopted.Series, cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    /// <summary>Forgets an adoption whose item is gone or no longer fits the circle: the circle has no series again, and the item is free.</summary>
    private async Task DropAsync(Circle circle, CancellationToken cancellationToken)
    {
        var eventId = circle.Schedule!.AdoptedEventId!;
        var dropped = await circles.ApplyAsSystemAsync(circle.Tenant, circle.Id, c => c.Schedule is { State: ScheduleState.Pending, Series: null } s && s.AdoptedEventId == eventId
            ? c with { Schedule = null }
            : c, cancellationToken).ConfigureAwait(false);
        if (dropped.IsSuccess && dropped.Value.Circle.Schedule is null)
        {
            await index.ReleaseAsync(circle.Tenant, eventId, circle.Id, cancellationToken).ConfigureAwait(false);
            await scheduled.RemoveAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An attendee who is not a member may not even be in the tenant: the directory tells which, so the message is precise.</summary>
    private async Task<IReadOnlyList<Error>> ExplainAsync(TenantId tenant, IReadOnlyList<Error> errors, CancellationToken cancellationToken)
    {
        if (errors is not [{ Code: "adopt.attendee.notMember", Args: { } args } error] || args["email"] is not string email)
        {
            return errors;
        }

        var found = await people.SearchAsync(tenant, email, 5, cancellationToken).ConfigureAwait(false);
        var inTenant = !found.IsSuccess || found.Value.Any(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));
        return inTenant ? errors : [error with { Code = "adopt.attendee.outsideTenant" }];
    }
}
