using System.Globalization;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Benchmarks.Matching;

/// <summary>The oracle: the documented objective of peer group formation, written again from the profiles' public data,
/// and the exact optimum by enumerating every partition into the planned sizes. Shares no code with the heuristic.</summary>
internal sealed class ExhaustiveGroups
{
    private readonly Profile[] people;
    private readonly HashSet<int>[] hours;
    private readonly HashSet<string>[] languages;
    private readonly int[] offsets;
    private readonly HashSet<(PersonId, PersonId)> past;

    public ExhaustiveGroups(Profile[] people, IEnumerable<(PersonId, PersonId)> pastPairs, DateTimeOffset at)
    {
        this.people = people;
        offsets = [.. people.Select(p => (int)Math.Round(TimeZoneInfo.FindSystemTimeZoneById(p.TimeZone).GetUtcOffset(at).TotalHours))];
        hours = [.. people.Select((p, i) => UtcHours(p, offsets[i]))];
        languages = [.. people.Select(p => p.Languages.Select(t => t.Split('-')[0]).ToHashSet())];
        past = [.. pastPairs.SelectMany(p => new[] { p, (p.Item2, p.Item1) })];
    }

    /// <summary>The spec's sizes: ceil(n / 4) groups (one of five for five people), sizes within one of each other.</summary>
    public static int[] Sizes(int n)
    {
        var k = n == 5 ? 1 : (int)Math.Ceiling(n / 4.0);
        return [.. Enumerable.Range(0, k).Select(i => (n / k) + (i < n % k ? 1 : 0)).OrderDescending()];
    }

    public double Score(IEnumerable<IReadOnlyList<int>> groups) => groups.Sum(GroupScore);

    /// <summary>The best and the worst score over every partition of the people into groups of the planned sizes.</summary>
    public (double Best, double Worst, long Partitions) Optimum()
    {
        var sizes = Sizes(people.Length).ToList();
        var (best, worst, count) = (double.NegativeInfinity, double.PositiveInfinity, 0L);
        var used = new bool[people.Length];
        var groups = new List<IReadOnlyList<int>>();
        void Recurse()
        {
            var first = Array.IndexOf(used, false);
            if (first < 0)
            {
                count++;
                var score = Score(groups);
                (best, worst) = (Math.Max(best, score), Math.Min(worst, score));
                return;
            }

            used[first] = true;
            foreach (var size in sizes.Distinct().ToArray())
            {
                sizes.Remove(size);
                foreach (var companions in Combinations([.. Enumerable.Range(first + 1, people.Length - first - 1).Where(i => !used[i])], size - 1))
                {
                    foreach (var c in companions)
                    {
                        used[c] = true;
                    }

                    groups.Add([first, .. companions]);
                    Recurse();
                    groups.RemoveAt(groups.Count - 1);
                    foreach (var c in companions)
                    {
                        used[c] = false;
                    }
                }

                sizes.Add(size);
            }

            used[first] = false;
        }

        Recurse();
        return (best, worst, count);
    }

    private static IEnumerable<int[]> Combinations(int[] from, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= from.Length - k; i++)
        {
            foreach (var rest in Combinations(from[(i + 1)..], k - 1))
            {
                yield return [from[i], .. rest];
            }
        }
    }

    private static HashSet<int> UtcHours(Profile p, int offset)
    {
        var set = new HashSet<int>();
        foreach (var slot in p.Availability.Slots)
        {
            var (from, to) = slot.Part switch { PartOfDay.Morning => (8, 12), PartOfDay.Afternoon => (12, 18), _ => (18, 22) };
            for (var h = from; h < to; h++)
            {
                set.Add(((((int)slot.Day * 24) + h - offset) % 168 + 168) % 168);
            }
        }

        return set;
    }

    private double GroupScore(IReadOnlyList<int> g)
    {
        var common = new HashSet<string>(languages[g[0]]);
        var score = 0.0;
        for (var x = 0; x < g.Count; x++)
        {
            common.IntersectWith(languages[g[x]]);
            for (var y = x + 1; y < g.Count; y++)
            {
                score += PairScore(g[x], g[y]);
            }
        }

        return score - (common.Count == 0 ? 500 : 0);
    }

    private double PairScore(int a, int b)
    {
        var language = languages[a].Overlaps(languages[b]) ? 30 : 0;
        var overlap = 40.0 * Math.Min(hours[a].Count(hours[b].Contains), 6) / 6;
        var gap = Math.Abs(offsets[a] - offsets[b]) % 24;
        var zones = 20.0 * (6 - Math.Min(Math.Min(gap, 24 - gap), 6)) / 6;
        var (fa, fb) = (people[a].TargetField, people[b].TargetField);
        var mix = fa.Length > 0 && fb.Length > 0
            && string.Compare(fa, fb, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) != 0 ? 10 : 0;
        var repeat = past.Contains((people[a].Person, people[b].Person)) ? 1_000 : 0;
        return language + overlap + zones + mix - repeat;
    }
}
