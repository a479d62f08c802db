using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>The organizer's calendar (Microsoft Graph). Every method is safe to retry.</summary>
/// <remarks>When the calendar stays unavailable (throttled, down) a method returns an <see cref="ErrorKind.Unavailable"/> error, never throws.</remarks>
public interface ICalendarGateway
{
    /// <summary>Creates the series with a Teams meeting, once per <see cref="SeriesRequest.TransactionId"/>.</summary>
    Task<Result<MeetingSeries>> CreateSeriesAsync(SeriesRequest request, CancellationToken cancellationToken = default);

    /// <summary>The occurrences between two instants, moved ones included, cancelled ones absent.</summary>
    Task<Result<IReadOnlyList<Occurrence>>> ListOccurrencesAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Gives the series a new cadence; occurrences already past stay as they were.</summary>
    Task<Result<Unit>> UpdateCadenceAsync(TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, CancellationToken cancellationToken = default);

    /// <summary>Cancels one occurrence and tells the attendees why.</summary>
    Task<Result<Unit>> CancelOccurrenceAsync(TenantId tenant, PersonId organizer, string occurrenceId, string comment, CancellationToken cancellationToken = default);

    /// <summary>Moves one occurrence (an exception of the series, as dragging it in Outlook); attendees get the update.</summary>
    Task<Result<Unit>> MoveOccurrenceAsync(
        TenantId tenant, PersonId organizer, string occurrenceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>Ends the series after <paramref name="lastDate"/> (local to the cadence): later occurrences disappear, earlier ones stay.</summary>
    Task<Result<Unit>> EndSeriesAsync(TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, DateOnly lastDate, CancellationToken cancellationToken = default);

    /// <summary>Free/busy and working hours of people of one tenant over a window.</summary>
    Task<Result<IReadOnlyList<Availability>>> GetAvailabilityAsync(
        TenantId tenant, PersonId requester, IReadOnlyList<Person> people, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> to the attendees the series master has now (read, changed, written back only if
    /// nobody wrote in between, else read again): every occurrence follows the master.
    /// </summary>
    Task<Result<Unit>> UpdateAttendeesAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, AttendeeChange change, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the series master still has the cadence's recurrence, first start and length (it may have been edited in
    /// Outlook, or a cadence change may have reached the calendar and not the store); a NotFound error when the series is gone.
    /// </summary>
    Task<Result<bool>> FollowsCadenceAsync(TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a session's agenda in its occurrence: with <paramref name="withFile"/> (the final update) the agenda file first
    /// (replacing by id one a row from before that rule names in <paramref name="previous"/>), then the body's agenda part (the
    /// Teams meeting block kept), whose change sends attendees the one meeting update that carries both.
    /// </summary>
    /// <returns>The attachment the occurrence now has (none before the final update), its update counted.</returns>
    Task<Result<Agendas.AgendaPublication>> PublishAgendaAsync(
        TenantId tenant,
        PersonId organizer,
        string occurrenceId,
        Agendas.AgendaDocument agenda,
        Agendas.AgendaAttachment? previous,
        bool withFile,
        CancellationToken cancellationToken = default);

    /// <summary>Reads an item of the organizer's own calendar (a series made in Outlook, to adopt); NotFound when their calendar has no such item.</summary>
    Task<Result<Adoption.Appointment>> ReadAppointmentAsync(TenantId tenant, PersonId organizer, string eventId, CancellationToken cancellationToken = default);
}
