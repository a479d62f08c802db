namespace Mentoring.Core.Ending;

/// <summary>A member's answer as sent by the tab or the card: <c>extend</c> (with <see cref="Months"/>) or <c>close</c>.</summary>
public sealed record EndingDraft(string? Choice, int? Months)
{
    public static EndingChoice? Parse(string? choice) => choice switch
    {
        "extend" => EndingChoice.Extend,
        "close" => EndingChoice.Close,
        _ => null,
    };
}
