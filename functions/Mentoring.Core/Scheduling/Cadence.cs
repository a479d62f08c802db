using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>How a circle meets: a recurrence, a local start time and duration in an IANA zone, from a first date, over a range.</summary>
/// <remarks>
/// Invariants: <see cref="FirstDate"/> is itself a session day of <see cref="Pattern"/> (Graph requires the range to start on
/// the first occurrence); <see cref="Duration"/> is 15 minutes to 8 hours; <see cref="TimeZone"/> is an IANA id that has a
/// Windows name (<see cref="WindowsZones"/>), so the calendar can be given the zone.
/// </remarks>
public sealed record Cadence(RecurrencePattern Pattern, DateOnly FirstDate, TimeOnly StartTime, TimeSpan Duration, string TimeZone, SeriesRange Range)
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 8 * 60;
    public const int MaxInterval = 12;
    public const int MaxOccurrences = 100;

    /// <summary>Default length of a series: six monthly mentoring sessions, or twelve fortnightly peer sessions (six months).</summary>
    public static int DefaultOccurrences(CircleKind kind) => kind == CircleKind.Mentorship ? 6 : 12;

    /// <summary>Validates a draft, filling defaults for the kind (mentorship: 60 min monthly; peer group: 60 min every two weeks).</summary>
    /// <param name="now">Now; the first date may not be before today in the cadence's time zone.</param>
    /// <param name="fallbackTimeZone">Used when the draft names none (the requester's own zone).</param>
    public static Result<Cadence> Create(CadenceDraft draft, CircleKind kind, DateTimeOffset now, string? fallbackTimeZone, string field = "cadence")
    {
        var v = new Validation();
        var zoneId = draft.TimeZone ?? fallbackTimeZone;
        var zone = CadenceZones.Check(zoneId, $"{field}.timeZone", v);

        if (draft.FirstDate is not { } first)
        {
            v.Add(Error.Invalid($"{field}.firstDate", "required"));
            return Result<Cadence>.Failure(v.Errors);
        }

        if (zone is not null && first < TimeZones.DateIn(zone, now))
        {
            v.Add(Error.Invalid($"{field}.firstDate", "cadence.firstDate.past"));
        }

        var start = draft.StartTime ?? default;
        if (draft.StartTime is null)
        {
            v.Add(Error.Invalid($"{field}.startTime", "required"));
        }

        var minutes = draft.DurationMinutes ?? 60;
        if (minutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            v.Add(Error.Invalid($"{field}.durationMinutes", "cadence.duration.range", Bounds(MinDurationMinutes, MaxDurationMinutes)));
        }

        var pattern = CadencePatterns.Create(draft, kind, first, field, v);
        var range = CreateRange(draft, kind, first, field, v);
        return v.ToResult(() => new Cadence(pattern!, first, start, TimeSpan.FromMinutes(minutes), zone!.Id, range!));
    }

    private static SeriesRange? CreateRange(CadenceDraft draft, CircleKind kind, DateOnly first, string field, Validation v)
    {
        switch (draft.Occurrences, draft.EndDate)
        {
            case ({ }, { }):
                v.Add(Error.Invalid($"{field}.endDate", "cadence.range.both"));
                return null;
            case (null, { } end) when end < first || end > first.AddYears(2):
                v.Add(Error.Invalid($"{field}.endDate", "cadence.endDate.range"));
                return null;
            case (null, { } end):
                return new EndDateRange(end);
            case ({ } count, null) when count is < 1 or > MaxOccurrences:
                v.Add(Error.Invalid($"{field}.occurrences", "cadence.occurrences.range", Bounds(1, MaxOccurrences)));
                return null;
            default:
                return new NumberedRange(draft.Occurrences ?? DefaultOccurrences(kind));
        }
    }

    /// <summary>Today in the cadence's own zone.</summary>
    public DateOnly Today(DateTimeOffset now) => TimeZones.DateIn(TimeZones.Get(TimeZone), now);

    /// <summary>The pattern day an instant near this cadence's start time belongs to, in the cadence's zone.</summary>
    /// <remarks>
    /// The local date read half a day either side of <see cref="StartTime"/>: an occurrence that another zone database puts an
    /// hour off (even across midnight, for a late start) still belongs to the day the pattern gave it. Sessions are at least a
    /// week apart, so no two share a day.
    /// </remarks>
    public DateOnly SessionDateOf(DateTimeOffset instant)
    {
        var local = TimeZones.LocalIn(instant, TimeZones.Get(TimeZone));
        return DateOnly.FromDateTime(local - StartTime.ToTimeSpan() + TimeSpan.FromHours(12));
    }

    internal static Dictionary<string, object> Bounds(int min, int max) => new() { ["min"] = min, ["max"] = max };
}
