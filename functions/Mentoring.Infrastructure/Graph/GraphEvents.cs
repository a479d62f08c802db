using System.Globalization;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Attendee = Mentoring.Core.Scheduling.Attendee;
using GraphAttendee = Microsoft.Graph.Models.Attendee;

namespace Mentoring.Infrastructure.Graph;

/// <summary>The Event bodies the gateway sends. Each call builds new objects (Kiota would send a re-posted object as <c>{}</c>).</summary>
internal static class GraphEvents
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static Event NewSeries(SeriesRequest request)
    {
        var (start, end) = Times(request.Cadence);
        return new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = request.BodyHtml },
            Start = start,
            End = end,
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = true,
            TransactionId = request.TransactionId,
            Attendees = Attendees(request.Attendees),
            Recurrence = GraphRecurrence.From(request.Cadence),
        };
    }

    private static List<GraphAttendee> Attendees(IReadOnlyList<Attendee> attendees) =>
        [.. attendees.Select(a => new GraphAttendee
        {
            Type = AttendeeType.Required,
            EmailAddress = new EmailAddress { Address = a.Email, Name = a.DisplayName },
        })];

    /// <summary>Only what a cadence change touches, so nothing else of the series (body, Teams meeting) is rewritten.</summary>
    public static Event CadenceChange(Cadence cadence)
    {
        var (start, end) = Times(cadence);
        return new Event { Start = start, End = end, Recurrence = GraphRecurrence.From(cadence) };
    }

    /// <summary>The first session's start and end as wall-clock times, named in Windows terms (Graph refuses most IANA ids).</summary>
    /// <remarks>
    /// The start is sent as the cadence reads (Graph resolves a DST gap as Core does); the end is the wall-clock reading of
    /// start + duration, so a session across a DST change keeps its elapsed length, as <see cref="CadenceExpansion"/> has it.
    /// </remarks>
    public static (DateTimeTimeZone Start, DateTimeTimeZone End) Times(Cadence cadence)
    {
        var first = cadence.Expand(1)[0];
        var end = TimeZones.LocalIn(first.End, TimeZones.Get(cadence.TimeZone));
        var zone = GraphTimeZones.WindowsName(cadence.TimeZone);
        return (Local(cadence.FirstDate.ToDateTime(cadence.StartTime), zone), Local(end, zone));
    }

    public static DateTimeTimeZone Local(DateTime local, string zone) =>
        new() { DateTime = local.ToString(LocalFormat, CultureInfo.InvariantCulture), TimeZone = zone };

    public static DateTimeTimeZone Utc(DateTimeOffset instant) => Local(instant.UtcDateTime, "UTC");

    /// <summary>Reads a dateTimeTimeZone; the gateway asks for UTC, but any zone Graph names (Windows or IANA) is understood.</summary>
    public static DateTimeOffset Instant(DateTimeTimeZone? value)
    {
        ArgumentNullException.ThrowIfNull(value?.DateTime, nameof(value));
        var local = DateTime.Parse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None);
        if (value.TimeZone is null or "UTC" or "Etc/UTC")
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        }

        var zone = GraphTimeZones.IanaId(value.TimeZone)
            ?? throw new InvalidOperationException($"Graph named a time zone no table knows: '{value.TimeZone}'.");
        var instant = LocalTimes.Resolve(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
        return instant.ToUniversalTime();
    }
}
