using Mentoring.Core.Relationship;

namespace Mentoring.Functions.Relationship;

/// <summary>The open pulse for the reader: their answer, and the others' only once everyone answered.</summary>
public sealed record PulseResponse(
    int Number, DateTimeOffset? OpenedAt, DateTimeOffset NextAt, PulseAnswerResponse? Mine, IReadOnlyList<PulseOtherResponse> Others, bool EveryoneAnswered, bool SuggestTalking)
{
    public static PulseResponse From(PulseView view) => new(
        view.Number, view.OpenedAt, view.NextAt, view.Mine is { } m ? new PulseAnswerResponse(m.Useful, m.Working, m.AnsweredAt) : null,
        [.. view.Others.Select(o => new PulseOtherResponse(o.Person.Value, o.DisplayName, o.Useful, o.Working))], view.EveryoneAnswered, view.SuggestTalking);
}

/// <summary>An answer: each question from 1 to 5.</summary>
public sealed record PulseAnswerResponse(int Useful, int Working, DateTimeOffset AnsweredAt);

/// <summary>Another member's answer, shown once everyone answered.</summary>
public sealed record PulseOtherResponse(Guid PersonId, string DisplayName, int Useful, int Working);
