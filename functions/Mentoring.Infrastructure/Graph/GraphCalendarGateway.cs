using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Attendee = Mentoring.Core.Scheduling.Attendee;
using Person = Mentoring.Core.People.Person;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Core's calendar port over Microsoft Graph, as the app in the organizer's tenant (application permissions).</summary>
/// <remarks>
/// Every operation is one <see cref="GraphCall"/>: retries happen in the SDK's pipeline, never here. Creating a series is two
/// requests: the event, then its Teams meeting for the chat thread id.
/// </remarks>
internal sealed class GraphCalendarGateway(GraphClients clients, MeetingChatThreads chatThreads) : ICalendarGateway
{
    /// <summary>Answers in UTC whatever the mailbox's zone, so instants parse without a zone lookup.</summary>
    internal const string PreferUtc = "outlook.timezone=\"UTC\"";

    /// <summary>Instances per page; Graph's default is 10, and a series has at most 100 sessions.</summary>
    internal const int PageSize = 50;

    private static readonly string[] OccurrenceFields = ["id", "start", "end", "originalStart", "type"];

    private static readonly string[] MasterFields = ["start", "end", "recurrence"];

    public Task<Result<MeetingSeries>> CreateSeriesAsync(SeriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return clients.RunAsync(async () =>
        {
            var organizer = clients.For(request.Tenant).Users[request.Organizer.ToString()];

            // Graph answers a repeated transactionId with the event it already created, so a retry never makes a second series,
            // whether the SDK retries a 504 or LostResponseRetry re-sends after a dropped connection; the thread lookup after it
            // is a read, so a retried scheduling simply looks it up again.
            var created = await LostResponseRetry.RunAsync(
                () => organizer.Events.PostAsync(GraphEvents.NewSeries(request), r => r.Headers.Add("Prefer", PreferUtc), cancellationToken), cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Graph returned no event.");
            var threadId = await chatThreads.FindAsync(request.Tenant, organizer, MeetingSeriesReader.JoinUrl(created), cancellationToken).ConfigureAwait(false);
            return MeetingSeriesReader.Read(created, threadId);
        }, cancellationToken);
    }

    public Task<Result<IReadOnlyList<Occurrence>>> ListOccurrencesAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        clients.RunAsync<IReadOnlyList<Occurrence>>(async () =>
        {
            var instances = clients.For(tenant).Users[organizer.ToString()].Events[seriesMasterId].Instances;
            var page = await instances.GetAsync(r =>
            {
                r.QueryParameters.StartDateTime = Iso(from);
                r.QueryParameters.EndDateTime = Iso(to);
                r.QueryParameters.Select = OccurrenceFields;
                r.QueryParameters.Top = PageSize;
                r.Headers.Add("Prefer", PreferUtc);
            }, cancellationToken).ConfigureAwait(false);
            var occurrences = new List<Occurrence>();
            while (page is not null)
            {
                occurrences.AddRange((page.Value ?? []).Select(ToOccurrence));
                page = page.OdataNextLink is { } next
                    ? await instances.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", PreferUtc), cancellationToken).ConfigureAwait(false)
                    : null;
            }

            return occurrences;
        }, cancellationToken);

    public Task<Result<Unit>> UpdateCadenceAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, CancellationToken cancellationToken = default) =>
        PatchAsync(tenant, organizer, seriesMasterId, () => GraphEvents.CadenceChange(cadence), cancellationToken);

    public Task<Result<Unit>> CancelOccurrenceAsync(
        TenantId tenant, PersonId organizer, string occurrenceId, string comment, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            await clients.For(tenant).Users[organizer.ToString()].Events[occurrenceId].Cancel
                .PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> MoveOccurrenceAsync(
        TenantId tenant, PersonId organizer, string occurrenceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        PatchAsync(tenant, organizer, occurrenceId, () => new Event { Start = GraphEvents.Utc(start), End = GraphEvents.Utc(end) }, cancellationToken);

    public Task<Result<Unit>> EndSeriesAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, DateOnly lastDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        if (lastDate < cadence.FirstDate)
        {
            // Nothing would remain: a recurrence cannot end before it starts, so the whole series is cancelled.
            return CancelOccurrenceAsync(tenant, organizer, seriesMasterId, "", cancellationToken);
        }

        var sessions = cadence.Expand();
        if (sessions.Count > 0 && sessions[^1].OriginalLocalDate <= lastDate)
        {
            // The series already ends by then; an endDate range would lengthen a numbered one.
            return Task.FromResult(Result<Unit>.Success(Unit.Value));
        }

        var ended = cadence with { Range = new EndDateRange(lastDate) };
        return PatchAsync(tenant, organizer, seriesMasterId, () => new Event { Recurrence = GraphRecurrence.From(ended) }, cancellationToken);
    }

    public Task<Result<IReadOnlyList<Availability>>> GetAvailabilityAsync(
        TenantId tenant, PersonId requester, IReadOnlyList<Person> people, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (people.Count == 0)
        {
            return Task.FromResult(Result<IReadOnlyList<Availability>>.Success([]));
        }

        return clients.RunAsync(async () =>
        {
            var parts = new List<Availability>();
            foreach (var (batch, batchFrom, batchTo) in GraphScheduleBatches.Split(people, from, to))
            {
                var response = await clients.For(tenant).Users[requester.ToString()].Calendar.GetSchedule
                    .PostAsGetSchedulePostResponseAsync(GraphSchedules.Request(batch, batchFrom, batchTo), r => r.Headers.Add("Prefer", PreferUtc), cancellationToken)
                    .ConfigureAwait(false);
                parts.AddRange(GraphSchedules.Read(batch, response?.Value ?? []));
            }

            return GraphScheduleBatches.Join(people, parts);
        }, cancellationToken);
    }

    public Task<Result<Unit>> UpdateAttendeesAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, AttendeeChange change, CancellationToken cancellationToken = default) =>
        clients.RunAsync(() => GraphAttendees.UpdateAsync(clients.For(tenant).Users[organizer.ToString()].Events[seriesMasterId], change, cancellationToken), cancellationToken);

    public Task<Result<bool>> FollowsCadenceAsync(
        TenantId tenant, PersonId organizer, string seriesMasterId, Cadence cadence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return clients.RunAsync(async () =>
        {
            var master = await clients.For(tenant).Users[organizer.ToString()].Events[seriesMasterId].GetAsync(r =>
            {
                r.QueryParameters.Select = MasterFields;
                r.Headers.Add("Prefer", $"outlook.timezone=\"{SeriesDrift.ReadZone(cadence)}\"");
            }, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("Graph returned no event.");
            return SeriesDrift.Follows(master, cadence);
        }, cancellationToken);
    }

    public Task<Result<Core.Agendas.AgendaPublication>> PublishAgendaAsync(
        TenantId tenant, PersonId organizer, string occurrenceId, Core.Agendas.AgendaDocument agenda, Core.Agendas.AgendaAttachment? previous, bool withFile,
        CancellationToken cancellationToken = default) =>
        clients.RunAsync(() => GraphAgendas.PublishAsync(clients.For(tenant).Users[organizer.ToString()].Events[occurrenceId], agenda, previous, withFile, cancellationToken), cancellationToken);

    public Task<Result<Core.Scheduling.Adoption.Appointment>> ReadAppointmentAsync(TenantId tenant, PersonId organizer, string eventId, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            var mailbox = clients.For(tenant).Users[organizer.ToString()];
            var item = await mailbox.Events[eventId].GetAsync(r =>
            {
                r.QueryParameters.Select = GraphAppointments.Fields;
                r.Headers.Add("Prefer", PreferUtc);
            }, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("Graph returned no event.");

            // The chat thread exists only once Teams has added the meeting (when Outlook sent the item with its Teams toggle on).
            var joinUrl = MeetingSeriesReader.JoinUrl(item);
            var thread = joinUrl.Length == 0 ? null : await chatThreads.FindAsync(tenant, mailbox, joinUrl, cancellationToken).ConfigureAwait(false);
            return GraphAppointments.Read(item, thread);
        }, cancellationToken);

    // The body is built inside the call: a retried PATCH must never reuse an Event the SDK already serialized.
    private Task<Result<Unit>> PatchAsync(TenantId tenant, PersonId organizer, string eventId, Func<Event> body, CancellationToken cancellationToken) =>
        clients.RunAsync(async () =>
        {
            await clients.For(tenant).Users[organizer.ToString()].Events[eventId].PatchAsync(body(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken);

    private static Occurrence ToOccurrence(Event e)
    {
        var start = GraphEvents.Instant(e.Start);
        return new Occurrence(e.Id ?? "", e.OriginalStart ?? start, start, GraphEvents.Instant(e.End));
    }

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
