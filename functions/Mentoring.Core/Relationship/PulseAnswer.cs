using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>A member's answer to one pulse: is it useful, is it working for you, each from 1 (not at all) to 5 (fully).</summary>
public sealed record PulseAnswer(PersonId Person, int Number, int Useful, int Working, DateTimeOffset AnsweredAt)
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>2 or less: the tab suggests a conversation or a change.</summary>
    public const int LowAtMost = 2;

    public bool IsLow => Useful <= LowAtMost || Working <= LowAtMost;

    public static bool IsOnScale(int? answer) => answer is >= Min and <= Max;
}
