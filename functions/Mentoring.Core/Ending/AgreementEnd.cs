using Mentoring.Core.Common;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Ending;

/// <summary>When a mentorship's members are asked to extend or close: from two weeks before the agreed end (pure, on the given clock).</summary>
public static class AgreementEnd
{
    public static readonly TimeSpan AskedBefore = TimeSpan.FromDays(14);

    /// <summary>The agreement version whose end is asked about, or null while the end is more than two weeks away (or unknown:
    /// an agreement not confirmed by everyone has no agreed end).</summary>
    public static int? OpenRound(AgreementView agreement, DateTimeOffset now) =>
        agreement is { Agreement: { } current, EndsAt: { } ends } && now >= ends - AskedBefore ? current.Value.Version : null;

    /// <summary>An extension adds 1 month up to the agreed duration once more; the twelve months in all are the agreement's own check.</summary>
    public static Error? CheckMonths(Agreement agreement, int? months) =>
        months is not { } added || added < 1 ? Error.Invalid("months", "agreement.extension.range")
        : added > agreement.DurationMonths ? Error.Invalid("months", "ending.extension.pastAgreedDuration", new Dictionary<string, object> { ["max"] = agreement.DurationMonths })
        : null;
}
