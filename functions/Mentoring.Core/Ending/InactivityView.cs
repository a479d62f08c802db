namespace Mentoring.Core.Ending;

/// <summary>A circle's inactivity flag as its members see it.</summary>
/// <param name="Flagged">Open: no session held for three cadences and nobody answered yet; the tab offers the three choices.</param>
/// <param name="ClosesAt">While flagged: when the circle closes without an answer.</param>
/// <param name="Choice">The last flag's outcome, once answered (or resolved by a session held).</param>
public sealed record InactivityView(bool Flagged, DateTimeOffset? RaisedAt, DateTimeOffset? ClosesAt, bool Warned, InactivityChoice? Choice, DateTimeOffset? ResolvedAt)
{
    public static readonly InactivityView None = new(false, null, null, false, null, null);

    public static InactivityView Of(InactivityFlag? flag) => flag is null ? None
        : new(flag.IsOpen, flag.RaisedAt, flag.IsOpen ? flag.ClosesAt : null, flag.WarnedAt is not null, flag.Choice, flag.ResolvedAt);
}
