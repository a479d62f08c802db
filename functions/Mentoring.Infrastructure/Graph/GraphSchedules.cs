using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Person = Mentoring.Core.People.Person;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using CoreWorkingHours = Mentoring.Core.Scheduling.WorkingHours;
using GraphWorkingHours = Microsoft.Graph.Models.WorkingHours;

namespace Mentoring.Infrastructure.Graph;

/// <summary>getSchedule's request and answer: busy items and working hours, zones converted to IANA.</summary>
internal static class GraphSchedules
{
    private const int IntervalMinutes = 30;

    private static readonly FreeBusyStatus[] BusyStatuses =
        [FreeBusyStatus.Busy, FreeBusyStatus.Tentative, FreeBusyStatus.Oof, FreeBusyStatus.WorkingElsewhere];

    public static GetSchedulePostRequestBody Request(IReadOnlyList<Person> people, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Schedules = people.Select(p => p.Email).ToList(),
        StartTime = GraphEvents.Utc(from),
        EndTime = GraphEvents.Utc(to),
        AvailabilityViewInterval = IntervalMinutes,
    };

    /// <summary>One availability per person Graph knows; a schedule answered with an error (unknown mailbox) is left out.</summary>
    public static IReadOnlyList<Availability> Read(IReadOnlyList<Person> people, IReadOnlyList<ScheduleInformation> schedules)
    {
        var result = new List<Availability>();
        foreach (var person in people)
        {
            var schedule = schedules.FirstOrDefault(s => string.Equals(s.ScheduleId, person.Email, StringComparison.OrdinalIgnoreCase));
            if (schedule is null || schedule.Error is not null)
            {
                continue;
            }

            var busy = (schedule.ScheduleItems ?? [])
                .Where(i => i.Status is { } status && BusyStatuses.Contains(status))
                .Select(i => (GraphEvents.Instant(i.Start), GraphEvents.Instant(i.End)))
                .ToList();
            result.Add(new Availability(person.Id, busy, Hours(schedule.WorkingHours, person)));
        }

        return result;
    }

    private static CoreWorkingHours Hours(GraphWorkingHours? hours, Person person)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end)
        {
            // No working hours shared: Outlook's default week, in the person's own zone.
            return new CoreWorkingHours(
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
                new TimeOnly(8, 0), new TimeOnly(17, 0), person.TimeZone);
        }

        var days = (hours.DaysOfWeek ?? []).OfType<DayOfWeekObject>().Select(Day).ToList();
        return new CoreWorkingHours(days, new TimeOnly(start.Hour, start.Minute, start.Second),
            new TimeOnly(end.Hour, end.Minute, end.Second), Iana(hours.TimeZone, person) ?? person.TimeZone);
    }

    /// <summary>Outlook reports the Windows name ("Eastern Standard Time"), or a <c>customTimeZone</c>; the domain stores IANA ids only.</summary>
    /// <remarks>
    /// A Windows zone covers several IANA ids (Toronto and New York are both Eastern): the person's own zone wins when it is
    /// one of them, then the zone of their locale's region (fr-CA → America/Toronto), then the Windows zone's own city.
    /// A custom zone (rules a user typed in Outlook, named "Customized Time Zone") has no id to map: the person's own zone.
    /// </remarks>
    internal static string? Iana(TimeZoneBase? zone, Person person) => zone is CustomTimeZone ? null : Iana(zone?.Name, person);

    /// <inheritdoc cref="Iana(TimeZoneBase?, Person)"/>
    internal static string? Iana(string? name, Person person)
    {
        if (name is null)
        {
            return null;
        }

        if (TimeZones.TryFind(name, out var iana))
        {
            return iana.Id;
        }

        if (WindowsZones.TryGetWindowsName(person.TimeZone, out var own) && own == name)
        {
            return person.TimeZone;
        }

        var region = person.Locale.Split('-') is [_, .., var last] && last.Length == 2 ? last : null;
        return WindowsZones.TryGetIanaId(name, region, out var mapped) ? mapped : null;
    }

    internal static DayOfWeek Day(DayOfWeekObject day) => day switch
    {
        DayOfWeekObject.Sunday => DayOfWeek.Sunday,
        DayOfWeekObject.Monday => DayOfWeek.Monday,
        DayOfWeekObject.Tuesday => DayOfWeek.Tuesday,
        DayOfWeekObject.Wednesday => DayOfWeek.Wednesday,
        DayOfWeekObject.Thursday => DayOfWeek.Thursday,
        DayOfWeekObject.Friday => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };
}
