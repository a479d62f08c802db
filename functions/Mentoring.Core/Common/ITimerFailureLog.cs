using Mentoring.Core.Circles;

namespace Mentoring.Core.Common;

/// <summary>Where a timer's use case reports the one item (or step) that failed unexpectedly while the others went on.</summary>
/// <remarks>
/// Core has no logging dependency: the host logs these with the ids given, never a name or a text. An item reported here was
/// left as it was (its mark, claim or listing stays), so the next run tries it again.
/// </remarks>
public interface ITimerFailureLog
{
    /// <summary>The work for one circle threw: a row that cannot be read, a request the calendar refused, a bug.</summary>
    void ItemCrashed(string timer, TenantId tenant, CircleId circle, Exception exception);

    /// <summary>A step of the run that is not about one circle threw (e.g. retention's sweep); the items were still done.</summary>
    void StepCrashed(string timer, string step, Exception exception);

    /// <summary>One circle's work ended without doing all it should, for a known reason (<paramref name="outcome"/>, a code).</summary>
    void ItemLeft(string timer, TenantId tenant, CircleId circle, string outcome)
    {
    }
}
