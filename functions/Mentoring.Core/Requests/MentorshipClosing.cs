using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Requests;

/// <summary>Watches a circle change to learn whether it closed a mentorship, whose mentor then has a place again.</summary>
/// <remarks>A change may run more than once (it is applied again to the fresh circle after a conflict): the last run counts.</remarks>
public sealed class MentorshipClosing
{
    private Circle? alreadyClosed;

    /// <summary>The mentorship as the change closed it, or null when the change closed none.</summary>
    public Circle? Closed { get; private set; }

    /// <summary>
    /// The mentorship whose place may be given back: the one this change closed, once it is saved, or one found already closed
    /// (a crash may have come between saving it closed and giving the place back; giving it back again changes nothing).
    /// </summary>
    public Circle? Ended(bool saved) => saved && Closed is not null ? Closed : alreadyClosed;

    public Func<Circle, Result<Circle>> Watch(Func<Circle, Result<Circle>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return before =>
        {
            var after = change(before);
            var mentorship = before.Kind == CircleKind.Mentorship;
            alreadyClosed = mentorship && before.Status == CircleStatus.Closed ? before : null;
            Closed = after.IsSuccess && mentorship && before.Status != CircleStatus.Closed && after.Value.Status == CircleStatus.Closed
                ? after.Value
                : null;
            return after;
        };
    }
}
