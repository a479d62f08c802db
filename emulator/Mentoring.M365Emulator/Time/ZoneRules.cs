using NodaTime;
using NodaTime.TimeZones;

namespace Mentoring.M365Emulator.Time;

/// <summary>The time zone rules Exchange expands series with: the tz database, unless a test says a zone's Windows data differs.</summary>
/// <remarks>
/// Exchange resolves a series' wall-clock times with the Windows time zone data of its servers (the zone's
/// TIME_ZONE_INFORMATION / dynamic DST rules: https://learn.microsoft.com/troubleshoot/windows-client/system-management-components/daylight-saving-time-help-support),
/// which Microsoft updates on its own schedule, so for some zones and years it differs from the IANA tz database the
/// product uses (NodaTime's tzdb). Stricter than assuming both agree: a test
/// tells the emulator that, between two instants, a zone's offset is another one; occurrences are then placed with it,
/// while the product keeps computing with tzdb.
/// </remarks>
public sealed class ZoneRules
{
    internal static readonly ZoneRules TzdbOnly = new();

    private readonly Dictionary<string, DateTimeZone> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>From <paramref name="fromUtc"/> to <paramref name="toUtc"/>, <paramref name="zone"/> (IANA or Windows name) is at <paramref name="offset"/>.</summary>
    public void Override(string zone, DateTime fromUtc, DateTime toUtc, TimeSpan offset)
    {
        var inner = GraphTime.FindZone(zone) ?? throw new ArgumentException($"Unknown time zone '{zone}'.", nameof(zone));
        var window = new Interval(Instant.FromDateTimeUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc)),
            Instant.FromDateTimeUtc(DateTime.SpecifyKind(toUtc, DateTimeKind.Utc)));
        var changed = new OverriddenZone(inner, window, Offset.FromTimeSpan(offset));
        lock (_gate)
        {
            _overrides[inner.Id] = changed;
        }
    }

    /// <summary>Back to the tz database for every zone.</summary>
    public void Clear()
    {
        lock (_gate)
            _overrides.Clear();
    }

    internal DateTimeZone? Find(string? name)
    {
        if (GraphTime.FindZone(name) is not { } zone)
            return null;
        lock (_gate)
            return _overrides.GetValueOrDefault(zone.Id) ?? zone;
    }

    /// <summary>A zone whose offset is replaced in one window; outside it, the inner zone's intervals, cut at the window's edges.</summary>
    private sealed class OverriddenZone(DateTimeZone inner, Interval window, Offset offset)
        : DateTimeZone(inner.Id, false, Offset.Min(inner.MinOffset, offset), Offset.Max(inner.MaxOffset, offset))
    {
        public override ZoneInterval GetZoneInterval(Instant instant)
        {
            if (window.Contains(instant))
                return new ZoneInterval("Windows", window.Start, window.End, offset, Offset.Zero);
            var original = inner.GetZoneInterval(instant);
            var start = original.HasStart ? original.Start : Instant.MinValue;
            var end = original.HasEnd ? original.End : Instant.MaxValue;
            if (instant < window.Start && end > window.Start)
                end = window.Start;
            if (instant >= window.End && start < window.End)
                start = window.End;
            return new ZoneInterval(original.Name, start == Instant.MinValue ? null : start, end == Instant.MaxValue ? null : end,
                original.WallOffset, original.Savings);
        }
    }
}
