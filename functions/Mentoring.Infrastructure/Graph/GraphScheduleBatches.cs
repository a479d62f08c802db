using Mentoring.Core.Scheduling;
using Person = Mentoring.Core.People.Person;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Splits a free/busy question into getSchedule requests Exchange accepts, and joins their answers.</summary>
/// <remarks>
/// getSchedule takes at most 20 schedules (learn.microsoft.com graph/outlook-get-free-busy-schedule) and a window of at most
/// 62 days (ErrorTimeIntervalTooBig beyond); a larger question is asked as several, one after the other, since they all count
/// against the requester's mailbox.
/// </remarks>
internal static class GraphScheduleBatches
{
    public const int MaxSchedules = 20;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(62);

    public static IEnumerable<(Person[] People, DateTimeOffset From, DateTimeOffset To)> Split(IReadOnlyList<Person> people, DateTimeOffset from, DateTimeOffset to)
    {
        for (var start = from; start < to; start += MaxWindow)
        {
            var end = to - start > MaxWindow ? start + MaxWindow : to;
            foreach (var chunk in people.Chunk(MaxSchedules))
            {
                yield return (chunk, start, end);
            }
        }
    }

    /// <summary>One availability per person, in the order asked: busy times of every window, the working hours of the first.</summary>
    public static IReadOnlyList<Availability> Join(IReadOnlyList<Person> people, IEnumerable<Availability> parts)
    {
        var byPerson = parts.GroupBy(a => a.Person).ToDictionary(g => g.Key, g => g.ToList());
        return [.. people
            .Select(p => p.Id)
            .Distinct()
            .Where(byPerson.ContainsKey)
            .Select(id => Merge(byPerson[id]))];
    }

    // An item across a window boundary is reported by both windows: keep it once.
    private static Availability Merge(List<Availability> parts) =>
        new(parts[0].Person, [.. parts.SelectMany(a => a.Busy).Distinct().OrderBy(b => b.Start)], parts[0].WorkingHours);
}
