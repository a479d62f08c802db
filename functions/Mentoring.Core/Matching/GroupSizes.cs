namespace Mentoring.Core.Matching;

/// <summary>How many groups and of what sizes, decided before who goes where.</summary>
internal static class GroupSizes
{
    /// <summary>Groups of four where possible: <c>ceil(n / 4)</c> groups (one of 5 for 5 people), sizes differing by at most
    /// one, so every size is 3 to 5 for any n ≥ 3: 7 → 4 + 3, 10 → 4 + 3 + 3, never a group of 2.</summary>
    public static int[] Plan(int n)
    {
        var k = n == 5 ? 1 : (n + 3) / 4;
        var (size, extra) = (n / k, n % k);
        return [.. Enumerable.Range(0, k).Select(i => i < extra ? size + 1 : size)];
    }
}
