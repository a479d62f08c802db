using Mentoring.Core.Profiles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Requests;

/// <summary>A first cadence for a circle that matching creates, so it is ready to schedule without anyone typing dates.</summary>
/// <remarks>The first free slot (weekday × part of day) that every member's profile shares, else the first of anyone's, else
/// Tuesday evening; at 9:30, 14:00 or 18:30 in the circle's zone; on the first such weekday at least a week ahead, so people
/// have time to prepare. Slots are compared as people wrote them, in their own zones: matching already prefers close zones,
/// and the organizer adjusts the cadence when scheduling (<c>PATCH …/series</c>).</remarks>
public static class ProposedCadence
{
    private static readonly TimeOnly[] Starts = [new(9, 30), new(14, 0), new(18, 30)];

    public static CadenceDraft For(IReadOnlyList<Profile?> members, string timeZone, DateTimeOffset now)
    {
        var known = members.OfType<Profile>().ToArray();
        var shared = known.Length == 0 ? [] : known.Skip(1).Aggregate(
            (IEnumerable<AvailabilitySlot>)known[0].Availability.Slots, (slots, p) => slots.Where(p.Availability.Contains)).ToArray();
        var slot = shared.Length > 0 ? shared[0]
            : known.SelectMany(p => p.Availability.Slots).Cast<AvailabilitySlot?>().FirstOrDefault()
            ?? new AvailabilitySlot(DayOfWeek.Tuesday, PartOfDay.Evening);
        var today = TimeZones.DateIn(TimeZones.Get(timeZone), now);
        var first = today.AddDays(7);
        while (first.DayOfWeek != slot.Day)
        {
            first = first.AddDays(1);
        }

        return new CadenceDraft(FirstDate: first, StartTime: Starts[(int)slot.Part], TimeZone: timeZone);
    }
}
