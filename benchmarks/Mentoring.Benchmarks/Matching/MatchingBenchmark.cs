using System.Diagnostics;
using Mentoring.Core.Matching;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Benchmarks.Matching;

/// <summary>Issue 11 in Core: forming peer groups (time and growth, score against the exact optimum) and mentor suggestions
/// among 10,000 profiles against a plain sort, all printed from the same run.</summary>
internal static class MatchingBenchmark
{
    public static void Run()
    {
        Console.WriteLine();
        Console.WriteLine("## E) matching — peer group formation and mentor suggestions (pure Core, no I/O)");
        Formation();
        Quality();
        Suggestions();
    }

    private static void Formation()
    {
        Console.WriteLine();
        Console.WriteLine("| cohort | groups | sizes | without common language | repeated pairs (history: one earlier grouping) | median ms | runs |");
        Console.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        var medians = new List<(int N, double Ms)>();
        foreach (var n in (int[])[50, 1_000, 10_000])
        {
            var cohort = BenchProfiles.Cohort(n, seed: n);
            var past = Earlier(cohort, new Random(n)).Select(p => PeerPair.Of(p.Item1, p.Item2)).ToHashSet();
            var runs = n == 10_000 ? 5 : 9;
            IReadOnlyList<PeerGroup> groups = [];
            PeerGroupFormation.Form(cohort, past, BenchProfiles.At, new Random(1));
            var times = Enumerable.Range(0, runs).Select(r =>
            {
                var watch = Stopwatch.StartNew();
                groups = PeerGroupFormation.Form(cohort, past, BenchProfiles.At, new Random(r)).Value;
                return watch.Elapsed.TotalMilliseconds;
            }).ToArray();
            var ms = Median(times);
            medians.Add((n, ms));
            var sizes = string.Join(" ", groups.GroupBy(g => g.Members.Count).OrderByDescending(g => g.Key).Select(g => $"{g.Count()}×{g.Key}"));
            var repeats = groups.Sum(g => g.Members.SelectMany((a, i) => g.Members.Skip(i + 1).Select(b => PeerPair.Of(a, b))).Count(past.Contains));
            Console.WriteLine($"| {n:N0} | {groups.Count:N0} | {sizes} | {groups.Count(g => g.SharedLanguages.Count == 0)} | {repeats} | {ms:0.0} | {runs} |");
        }

        for (var i = 1; i < medians.Count; i++)
        {
            var (n0, t0) = medians[i - 1];
            var (n1, t1) = medians[i];
            Console.WriteLine($"growth {n0:N0} → {n1:N0}: people ×{(double)n1 / n0:0}, time ×{t1 / t0:0.0} (linear would be ×{(double)n1 / n0:0})");
        }
    }

    private static void Quality()
    {
        Console.WriteLine();
        Console.WriteLine("Score against the exact optimum (exhaustive search over every partition into the planned sizes, oracle scorer written");
        Console.WriteLine("separately from the heuristic; 30 cohorts per size, half of each cohort met in pairs before (history)):");
        Console.WriteLine();
        Console.WriteLine("score ÷ optimum is taken where the optimum is positive; where an unavoidable repeat or language gap makes it negative,");
        Console.WriteLine("the position between the worst and the best partition, (score − worst) ÷ (optimum − worst), is used for every cohort.");
        Console.WriteLine();
        Console.WriteLine("| cohort | partitions enumerated | cohorts with optimum > 0 | mean score ÷ optimum | worst | (score − worst) ÷ (optimum − worst), mean | worst | optimum reached |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var (all, allNormalized) = (new List<double>(), new List<double>());
        for (var n = 6; n <= 12; n++)
        {
            var (ratios, normalized) = (new List<double>(), new List<double>());
            long partitions = 0;
            for (var c = 0; c < 30; c++)
            {
                var seed = (n * 1_000) + c;
                var cohort = BenchProfiles.Cohort(n, seed);
                var past = Earlier(cohort[..(n / 2)], new Random(seed), groupSize: 2).ToArray();
                var oracle = new ExhaustiveGroups(cohort, past, BenchProfiles.At);
                var (best, worst, count) = oracle.Optimum();
                partitions = count;
                var index = cohort.Select((p, i) => (p.Person, i)).ToDictionary(x => x.Person, x => x.i);
                var formed = PeerGroupFormation.Form(cohort, past.Select(p => PeerPair.Of(p.Item1, p.Item2)), BenchProfiles.At, new Random(c)).Value;
                var score = oracle.Score(formed.Select(g => (IReadOnlyList<int>)[.. g.Members.Select(m => index[m])]));
                const double Tolerance = 1e-6;
                if (best > 0)
                {
                    ratios.Add(Math.Min(1, score / best + Tolerance));
                }

                normalized.Add(best - worst < Tolerance ? 1 : Math.Min(1, ((score - worst) / (best - worst)) + Tolerance));
            }

            all.AddRange(ratios);
            allNormalized.AddRange(normalized);
            Console.WriteLine($"| {n} | {partitions:N0} | {ratios.Count}/30 | {Mean(ratios)} | {Min(ratios)} | {normalized.Average():0.000} | {normalized.Min():0.000} | {normalized.Count(r => r >= 1)}/30 |");
        }

        Console.WriteLine($"score ÷ optimum over the {all.Count} cohorts with a positive optimum: mean {Mean(all)}, worst {Min(all)} (goal: ≥ 0.95);");
        Console.WriteLine($"(score − worst) ÷ (optimum − worst) over all {allNormalized.Count}: mean {allNormalized.Average():0.000}, worst {allNormalized.Min():0.000}; optimum reached in {allNormalized.Count(r => r >= 1)}");
    }

    private static void Suggestions()
    {
        var pool = BenchProfiles.Mentors(10_000, seed: 42);
        var mentee = BenchProfiles.Cohort(1, seed: 7)[0];
        var keys = pool.Select(p => (double)p.Mentor!.YearsOfExperience).ToArray();
        IReadOnlyList<MentorSuggestion> top = [];
        double Suggest()
        {
            var watch = Stopwatch.StartNew();
            top = MentorSuggestions.For(mentee, pool, BenchProfiles.At);
            return watch.Elapsed.TotalMilliseconds;
        }

        double PlainSort()
        {
            var watch = Stopwatch.StartNew();
            var copy = (double[])keys.Clone();
            var order = Enumerable.Range(0, copy.Length).ToArray();
            Array.Sort(copy, order);
            return watch.Elapsed.TotalMilliseconds;
        }

        for (var w = 0; w < 5; w++)
        {
            Suggest();
            PlainSort();
        }

        var (suggest, sort) = (new List<double>(), new List<double>());
        for (var r = 0; r < 31; r++)
        {
            suggest.Add(Suggest());
            sort.Add(PlainSort());
        }

        var full = pool.Count(p => p.Mentor!.FreePlaces == 0);
        Console.WriteLine();
        Console.WriteLine($"Mentor suggestions, one mentee among {pool.Length:N0} mentor profiles ({full:N0} at capacity), top {top.Count}, 31 interleaved runs:");
        Console.WriteLine();
        Console.WriteLine("| operation | median ms | × plain sort |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine($"| plain sort of 10,000 precomputed keys (Array.Sort) — baseline | {Median(sort):0.000} | 1.0 |");
        Console.WriteLine($"| MentorSuggestions.For (filter, score, reasons, top 10) | {Median(suggest):0.000} | {Median(suggest) / Median(sort):0.0} |");
        Console.WriteLine($"at capacity among the suggestions: {top.Count(s => s.Mentor.Mentor!.FreePlaces == 0)}; first: {top[0].Mentor.DisplayName} — {top[0].Why(english: false)}");
    }

    /// <summary>Pairs of an earlier grouping: the people shuffled and cut into groups of <paramref name="groupSize"/>.</summary>
    private static IEnumerable<(PersonId, PersonId)> Earlier(Profile[] people, Random random, int groupSize = 4)
    {
        var order = people.OrderBy(_ => random.Next()).ToArray();
        return order.Chunk(groupSize).SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => (a.Person, b.Person))));
    }

    private static string Mean(List<double> values) => values.Count == 0 ? "–" : values.Average().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Min(List<double> values) => values.Count == 0 ? "–" : values.Min().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
