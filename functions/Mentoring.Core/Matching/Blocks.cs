namespace Mentoring.Core.Matching;

/// <summary>Cuts the cohort, in locality order, into blocks of whole groups that are solved one at a time.</summary>
/// <remarks>A cut falls where the languages spoken change when one is near (a block then never splits a language community
/// that could form its own groups); otherwise as close to the target size as the group sizes allow. Each block takes fours
/// and threes in proportion to what is left, so the plan's sizes are used exactly.</remarks>
internal static class Blocks
{
    public static IEnumerable<(int Start, int[] Sizes)> Cut(int[] order, ulong[] languages, int[] plan, int target)
    {
        var (fours, threes, remaining, start) = (plan.Count(s => s == 4), plan.Count(s => s == 3), order.Length, 0);
        while (remaining >= target + (target / 2))
        {
            var best = (Four: -1, Three: -1, Key: (Aligned: 2, Distance: 0, Skew: 0.0));
            for (var a = 0; a <= Math.Min(fours, 2 * target / 4); a++)
            {
                for (var b = 0; b <= threes; b++)
                {
                    var p = (4 * a) + (3 * b);
                    if (p < target / 2 || p > 2 * target || remaining - p < target / 2)
                    {
                        continue;
                    }

                    var key = (Aligned: languages[order[start + p - 1]] != languages[order[start + p]] ? 0 : 1, Distance: Math.Abs(p - target), Skew: Math.Abs(b - (threes * (double)p / remaining)));
                    if (best.Four < 0 || key.CompareTo(best.Key) < 0)
                    {
                        best = (a, b, key);
                    }
                }
            }

            if (best.Four < 0)
            {
                break;
            }

            yield return (start, [.. Enumerable.Repeat(4, best.Four), .. Enumerable.Repeat(3, best.Three)]);
            (fours, threes) = (fours - best.Four, threes - best.Three);
            start += (4 * best.Four) + (3 * best.Three);
            remaining = order.Length - start;
        }

        int[] rest = [.. plan.Where(s => s is not (3 or 4)), .. Enumerable.Repeat(4, fours), .. Enumerable.Repeat(3, threes)];
        yield return (start, rest);
    }
}
