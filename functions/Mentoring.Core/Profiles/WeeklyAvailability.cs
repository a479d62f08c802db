using Mentoring.Core.Common;

namespace Mentoring.Core.Profiles;

/// <summary>When a person is usually free: a set of (weekday, part of day) slots in their own time zone.</summary>
/// <remarks>Kept coarse on purpose: people answer "Tuesday evenings" far more readily than hour ranges, and matching only needs overlap.</remarks>
public sealed record WeeklyAvailability
{
    private static readonly (int Start, int End)[] Hours = [(8, 12), (12, 18), (18, 22)];

    private WeeklyAvailability(int mask) => Mask = mask;

    /// <summary>Bit <c>day * 3 + part</c> is set when the slot is free (Sunday = 0, as <see cref="DayOfWeek"/>).</summary>
    internal int Mask { get; }

    public static WeeklyAvailability Empty { get; } = new(0);

    public IReadOnlyList<AvailabilitySlot> Slots =>
        [.. Enumerable.Range(0, 21).Where(b => (Mask & (1 << b)) != 0).Select(b => new AvailabilitySlot((DayOfWeek)(b / 3), (PartOfDay)(b % 3)))];

    public bool Contains(AvailabilitySlot slot) => (Mask & (1 << Bit(slot))) != 0;

    public static WeeklyAvailability Of(params AvailabilitySlot[] slots) => new(slots.Aggregate(0, (m, s) => m | (1 << Bit(s))));

    /// <summary>Validates a list of slots; duplicates are harmless and merged.</summary>
    public static Result<WeeklyAvailability> Create(string field, IReadOnlyList<SlotDraft?>? drafts)
    {
        var v = new Validation();
        var mask = 0;
        for (var i = 0; i < (drafts?.Count ?? 0); i++)
        {
            if (drafts![i] is not { Day: { } day, Part: { } part } || !Enum.IsDefined(day) || !Enum.IsDefined(part))
            {
                v.Add(Error.Invalid($"{field}[{i}]", "availability.slot.invalid"));
                continue;
            }

            mask |= 1 << Bit(new AvailabilitySlot(day, part));
        }

        return v.ToResult(() => new WeeklyAvailability(mask));
    }

    /// <summary>The free hours of a week in UTC when the zone is <paramref name="offset"/> ahead of UTC.</summary>
    internal WeekHours UtcHours(TimeSpan offset)
    {
        var hours = default(WeekHours);
        var shift = (int)Math.Round(offset.TotalHours);
        for (var b = 0; b < 21; b++)
        {
            if ((Mask & (1 << b)) == 0)
            {
                continue;
            }

            var (start, end) = Hours[b % 3];
            for (var h = start; h < end; h++)
            {
                hours = hours.With((((b / 3 * 24) + h - shift) % WeekHours.Count + WeekHours.Count) % WeekHours.Count);
            }
        }

        return hours;
    }

    private static int Bit(AvailabilitySlot slot) => ((int)slot.Day * 3) + (int)slot.Part;
}
