using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>The circle's pulse as one member sees it.</summary>
/// <param name="Number">The pulse open now (1 for the first, at 30 days); 0 before the first is due.</param>
/// <param name="NextAt">When the next pulse opens.</param>
/// <param name="Mine">The reader's answer to the open pulse, if they gave it.</param>
/// <param name="Others">The others' answers, only once every member answered; empty before.</param>
/// <param name="SuggestTalking">A visible answer is low: the tab suggests a conversation or a change.</param>
public sealed record PulseView(int Number, DateTimeOffset? OpenedAt, DateTimeOffset NextAt, PulseAnswer? Mine, IReadOnlyList<PulseOther> Others, bool SuggestTalking)
{
    public bool EveryoneAnswered => Mine is not null && Others.Count > 0;
}

/// <summary>Another member's answer, with their name.</summary>
public sealed record PulseOther(PersonId Person, string DisplayName, int Useful, int Working);
