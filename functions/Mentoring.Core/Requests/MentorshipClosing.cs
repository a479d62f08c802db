using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Requests;

/// <summary>Watches a circle change to learn whether it closed a mentorship, whose mentor then has a place again.</summary>
/// <remarks>A change may run more than once (it is applied again to the fresh circle after a conflict): the last run counts.</remarks>
public sealed class MentorshipClosing
{
    /// <summary>The mentorship as the change closed it, or null when the change closed none.</summary>
    public Circle? Closed { get; private set; }

    public Func<Circle, Result<Circle>> Watch(Func<Circle, Result<Circle>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return before =>
        {
            var after = change(before);
            Closed = after.IsSuccess && before.Kind == CircleKind.Mentorship && before.Status != CircleStatus.Closed && after.Value.Status == CircleStatus.Closed
                ? after.Value
                : null;
            return after;
        };
    }
}
