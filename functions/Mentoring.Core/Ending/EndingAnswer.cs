using Mentoring.Core.People;

namespace Mentoring.Core.Ending;

/// <summary>What a member chose when their agreement's end came near: go on for some more months, or close.</summary>
public enum EndingChoice
{
    Extend,
    Close,
}

/// <summary>A member's one answer to one end question (<see cref="Round"/>: the agreement version whose end is near).</summary>
/// <param name="Months">The months asked for with <see cref="EndingChoice.Extend"/>; 0 with <see cref="EndingChoice.Close"/>.</param>
public sealed record EndingAnswer(PersonId Person, int Round, EndingChoice Choice, int Months, DateTimeOffset AnsweredAt);
