namespace Mentoring.Core.Matching;

/// <summary>Greedy seeding and swap/move local search over a slice of the cohort, with its pairwise scores precomputed.</summary>
/// <remarks>Groups hold local indices (0..m-1). The total score of a partition is the sum of <see cref="CohortTraits.Pair"/>
/// over every pair inside a group, minus <see cref="CohortTraits.NoCommonLanguagePenalty"/> per group with no language all
/// its members speak. Both moves keep the multiset of group sizes: a swap between two groups, or one person moving from a
/// group to one exactly one smaller.</remarks>
internal sealed class GroupSearch
{
    private const double Compatible = 50;
    private readonly int m;
    private readonly double[] w;
    private readonly ulong[] languages;

    public GroupSearch(CohortTraits cohort, int[] people)
    {
        People = people;
        m = people.Length;
        w = new double[m * m];
        languages = [.. people.Select(p => cohort.Languages[p])];
        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                w[(a * m) + b] = w[(b * m) + a] = cohort.Pair(people[a], people[b]);
            }
        }
    }

    /// <summary>Local index → cohort index.</summary>
    public int[] People { get; }

    /// <summary>Fills the groups one at a time: the least compatible person left seeds it (they have the fewest good options,
    /// so they choose first), then the person who adds most to it joins, until the size is reached.
    /// <paramref name="noise"/> perturbs the seeding order and the choice of who joins; 0 keeps it to ties.</summary>
    public List<int[]> Greedy(int[] sizes, Random random, double noise)
    {
        var tightness = new double[m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                tightness[a] += a != b && W(a, b) >= Compatible ? 1 : 0;
            }

            tightness[a] += random.NextDouble() * (noise + 0.5);
        }

        var order = Enumerable.Range(0, m).OrderBy(a => tightness[a]).ToArray();
        var taken = new bool[m];
        var groups = new List<int[]>(sizes.Length);
        var next = 0;
        foreach (var size in sizes)
        {
            while (taken[order[next]])
            {
                next++;
            }

            var group = new List<int>(size) { order[next] };
            taken[order[next]] = true;
            var mask = languages[order[next]];
            while (group.Count < size)
            {
                var (best, bestGain) = (-1, double.NegativeInfinity);
                for (var c = 0; c < m; c++)
                {
                    if (taken[c])
                    {
                        continue;
                    }

                    var gain = ((mask & languages[c]) == 0 ? -CohortTraits.NoCommonLanguagePenalty : 0) + (noise * 5 * random.NextDouble());
                    foreach (var member in group)
                    {
                        gain += W(c, member);
                    }

                    if (gain > bestGain)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }

                group.Add(best);
                taken[best] = true;
                mask &= languages[best];
            }

            groups.Add([.. group]);
        }

        return groups;
    }

    /// <summary>First-improvement local search until no move improves the score or <paramref name="maxPasses"/> is reached.</summary>
    public void Improve(List<int[]> groups, int maxPasses)
    {
        for (var pass = 0; pass < maxPasses && ImproveOnce(groups); pass++)
        {
        }
    }

    public double Score(IEnumerable<int[]> groups) => groups.Sum(GroupScore);

    private double W(int a, int b) => w[(a * m) + b];

    private bool ImproveOnce(List<int[]> groups)
    {
        var improved = false;
        for (var x = 0; x < groups.Count; x++)
        {
            for (var y = 0; y < groups.Count; y++)
            {
                if (x != y)
                {
                    improved |= x < y && TrySwaps(groups, x, y);
                    improved |= groups[x].Length == groups[y].Length + 1 && TryMoves(groups, x, y);
                }
            }
        }

        return improved;
    }

    private bool TrySwaps(List<int[]> groups, int x, int y)
    {
        var improved = false;
        for (var i = 0; i < groups[x].Length; i++)
        {
            for (var j = 0; j < groups[y].Length; j++)
            {
                var (g, h) = (groups[x], groups[y]);
                var (a, b) = (g[i], h[j]);
                var delta = Penalty(g, i, b) + Penalty(h, j, a) - Penalty(g, -1, 0) - Penalty(h, -1, 0);
                for (var k = 0; k < g.Length; k++)
                {
                    delta += k == i ? 0 : W(b, g[k]) - W(a, g[k]);
                }

                for (var k = 0; k < h.Length; k++)
                {
                    delta += k == j ? 0 : W(a, h[k]) - W(b, h[k]);
                }

                if (delta > 1e-9)
                {
                    (g[i], h[j]) = (b, a);
                    improved = true;
                }
            }
        }

        return improved;
    }

    private bool TryMoves(List<int[]> groups, int from, int to)
    {
        for (var i = 0; i < groups[from].Length; i++)
        {
            var (g, h) = (groups[from], groups[to]);
            var a = g[i];
            var rest = g.Where((_, k) => k != i).ToArray();
            int[] grown = [.. h, a];
            var delta = Penalty(rest, -1, 0) + Penalty(grown, -1, 0) - Penalty(g, -1, 0) - Penalty(h, -1, 0);
            foreach (var member in rest)
            {
                delta -= W(a, member);
            }

            foreach (var member in h)
            {
                delta += W(a, member);
            }

            if (delta > 1e-9)
            {
                (groups[from], groups[to]) = (rest, grown);
                return true;
            }
        }

        return false;
    }

    /// <summary>The language penalty of <paramref name="group"/> with its member at <paramref name="replaced"/> (if ≥ 0) replaced by <paramref name="by"/>.</summary>
    private double Penalty(int[] group, int replaced, int by)
    {
        var mask = ulong.MaxValue;
        for (var k = 0; k < group.Length; k++)
        {
            mask &= languages[k == replaced ? by : group[k]];
        }

        return mask == 0 ? -CohortTraits.NoCommonLanguagePenalty : 0;
    }

    private double GroupScore(int[] group)
    {
        var score = Penalty(group, -1, 0);
        for (var i = 0; i < group.Length; i++)
        {
            for (var j = i + 1; j < group.Length; j++)
            {
                score += W(group[i], group[j]);
            }
        }

        return score;
    }
}
