namespace Mentoring.Core.Nudges;

/// <summary>What one due session's nudges came to.</summary>
/// <param name="Paused">Members left out because they paused the circle's cards or everything.</param>
/// <param name="AlreadyNudged">Members already nudged that day (by this nudge before a retry, or another one).</param>
/// <param name="RetryAfter">Set when Graph asked to come back later for some: the message must come back then.</param>
public sealed record NudgeRun(int Sent, int Paused, int AlreadyNudged, int Refused, TimeSpan? RetryAfter)
{
    public static NudgeRun Nothing { get; } = new(0, 0, 0, 0, null);
}
