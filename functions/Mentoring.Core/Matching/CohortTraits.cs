using Mentoring.Core.Profiles;

namespace Mentoring.Core.Matching;

/// <summary>The cohort as arrays the formation reads in its inner loops, and the pairwise compatibility it maximizes.</summary>
internal sealed class CohortTraits
{
    public const double RepeatPenalty = 1_000;
    public const double NoCommonLanguagePenalty = 500;

    private readonly WeekHours[] hours;
    private readonly int[] offsets;
    private readonly int[] fields;
    private readonly HashSet<long> met;

    public CohortTraits(IReadOnlyList<Profile> cohort, IEnumerable<PeerPair> pastPairs, DateTimeOffset at)
    {
        var offsetCache = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var traits = cohort.Select(p => Traits.Of(p, at, offsetCache)).ToArray();
        Count = traits.Length;
        hours = [.. traits.Select(t => t.Hours)];
        offsets = [.. traits.Select(t => t.OffsetHours)];
        var fieldIds = new Dictionary<string, int>(StringComparer.Ordinal);
        fields = [.. traits.Select(t => t.TargetField.Length == 0 ? -1 : fieldIds.TryAdd(t.TargetField, fieldIds.Count) ? fieldIds.Count - 1 : fieldIds[t.TargetField])];

        // The 64 most spoken languages get a bit; a pair sharing only a rarer one is treated as sharing none (a safe error).
        var bits = traits.SelectMany(t => t.Languages).GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(64)
            .Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Languages = [.. traits.Select(t => t.Languages.Aggregate(0UL, (m, l) => bits.TryGetValue(l, out var b) ? m | (1UL << b) : m))];
        LanguageNames = [.. bits.OrderBy(b => b.Value).Select(b => b.Key)];

        var index = cohort.Select((p, i) => (p.Person, i)).ToDictionary(x => x.Person, x => x.i);
        met = [.. pastPairs.Where(p => index.ContainsKey(p.First) && index.ContainsKey(p.Second)).Select(p => Key(index[p.First], index[p.Second]))];
    }

    public int Count { get; }

    public ulong[] Languages { get; }

    public string[] LanguageNames { get; }

    public int AvailableHours(int i) => hours[i].Total;

    public int Offset(int i) => offsets[i];

    /// <summary>Compatibility of two people, 0 to 100, minus <see cref="RepeatPenalty"/> if they were grouped before:
    /// a shared language 30, free hours in common 40 (full at 6 hours a week), time zones close 20 (none at 6 hours apart
    /// or more), different target fields 10 (a mix brings more to talk about).</summary>
    public double Pair(int i, int j)
    {
        var language = (Languages[i] & Languages[j]) != 0 ? 30 : 0;
        var overlap = 40.0 * Math.Min(hours[i].Overlap(hours[j]), 6) / 6;
        var gap = Math.Abs(offsets[i] - offsets[j]) % 24;
        var zones = 20.0 * (6 - Math.Min(Math.Min(gap, 24 - gap), 6)) / 6;
        var mix = fields[i] >= 0 && fields[j] >= 0 && fields[i] != fields[j] ? 10 : 0;
        return language + overlap + zones + mix - (met.Contains(Key(i, j)) ? RepeatPenalty : 0);
    }

    public bool Met(int i, int j) => met.Contains(Key(i, j));

    private long Key(int i, int j) => i < j ? ((long)i * Count) + j : ((long)j * Count) + i;
}
