namespace Mentoring.Core.Ending;

/// <summary>The end question as a member sees it: open or not, when the agreement ends, and their own answer if they gave one.</summary>
/// <param name="Round">The agreement version asked about; null when no question is open.</param>
/// <param name="Mine">The reader's answer; the others' are not shown (each decides for themselves).</param>
public sealed record EndingQuestion(int? Round, DateTimeOffset? EndsAt, int MaxMonths, EndingAnswer? Mine, bool Closed);
