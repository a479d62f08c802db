using Mentoring.Core.Common;

namespace Mentoring.Core.Goals;

/// <summary>A goal's five observable levels, −2 (much less than expected) to +2 (much more); level 0 is the expected outcome.</summary>
/// <remarks>Invariants: exactly five texts, each 1 to <see cref="MaxLevelLength"/> characters, no two the same (ignoring case
/// and surrounding spaces): a placement must be unambiguous, which is what makes Goal Attainment Scaling comparable.</remarks>
public sealed record GoalScale
{
    public const int Lowest = -2;
    public const int Highest = 2;
    public const int MaxLevelLength = 300;

    private GoalScale(IReadOnlyList<string> levels) => Levels = levels;

    /// <summary>The texts from −2 to +2 (index 0 is −2, index 2 the expected level).</summary>
    public IReadOnlyList<string> Levels { get; }

    public string TextOf(int level) => Levels[level - Lowest];

    public static bool IsLevel(int level) => level is >= Lowest and <= Highest;

    /// <param name="levels">The texts from −2 to +2, in that order.</param>
    public static Result<GoalScale> Create(IReadOnlyList<string?>? levels)
    {
        if (levels is null || levels.Count != Highest - Lowest + 1)
        {
            return Error.Invalid("levels", "goal.levels.count", new Dictionary<string, object> { ["count"] = Highest - Lowest + 1 });
        }

        var v = new Validation();
        var texts = new string[levels.Count];
        for (var i = 0; i < levels.Count; i++)
        {
            var checkedText = Text.Line($"levels[{i}]", levels[i], MaxLevelLength);
            if (!checkedText.IsSuccess)
            {
                v.AddRange(i == -Lowest && string.IsNullOrWhiteSpace(levels[i]) ? [Error.Invalid($"levels[{i}]", "goal.levels.expectedMissing")] : checkedText.Errors);
                continue;
            }

            texts[i] = checkedText.Value;
            if (texts.Take(i).Any(t => string.Equals(t, texts[i], StringComparison.OrdinalIgnoreCase)))
            {
                v.Add(Error.Invalid($"levels[{i}]", "goal.levels.duplicate"));
            }
        }

        return v.ToResult(() => new GoalScale(texts));
    }

    /// <summary>Rebuilds a stored scale (already checked when written).</summary>
    public static GoalScale Stored(IReadOnlyList<string> levels) => new(levels);
}
