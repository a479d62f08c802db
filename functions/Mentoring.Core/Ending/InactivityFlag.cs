namespace Mentoring.Core.Ending;

/// <summary>A circle flagged as inactive: when, whether its members were warned of the coming close, and how it ended.</summary>
/// <param name="RaisedAt">When the timer found no session held for three cadences; also the identity of this flag (a later
/// flag is another one, with its own cards).</param>
/// <param name="WarnedAt">When the "closes in 7 days" warning went out; null before.</param>
/// <param name="Choice">Null while the flag is open.</param>
/// <param name="ResolvedAt">When it was answered (or found resolved); the inactivity clock counts again from then.</param>
/// <remarks>Holds no person: the answer is the circle's, whoever gave it (nothing to export or erase per person).</remarks>
public sealed record InactivityFlag(DateTimeOffset RaisedAt, DateTimeOffset? WarnedAt, InactivityChoice? Choice, DateTimeOffset? ResolvedAt)
{
    public bool IsOpen => Choice is null;

    /// <summary>When an unanswered flag closes the circle.</summary>
    public DateTimeOffset ClosesAt => RaisedAt + Inactivity.AnswerWithin;

    public static InactivityFlag Raise(DateTimeOffset now) => new(now, null, null, null);

    public InactivityFlag Resolve(InactivityChoice choice, DateTimeOffset now) => this with { Choice = choice, ResolvedAt = now };
}
