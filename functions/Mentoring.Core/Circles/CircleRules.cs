using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Who may do what in a circle, beyond being a member (non-members never see it: 404).</summary>
/// <remarks>
/// The series lives in its organizer's own calendar, so only the organizer changes its cadence, cancels a session, pauses,
/// resumes or closes a scheduled circle (closing ends the series). Any member may leave; in a peer group a member removes
/// only themselves, the organizer may remove others. Each refusal is a <see cref="ErrorKind.Forbidden"/> error whose code
/// says why, with the organizer's name as <c>organizer</c>.
/// </remarks>
public static class CircleRules
{
    /// <summary>The member whose calendar holds the circle's series, while it has one that has not ended.</summary>
    public static PersonId? Organizer(Circle circle) =>
        circle.Schedule is { State: not ScheduleState.Ended } schedule ? schedule.Organizer : null;

    /// <summary>Refuses <paramref name="by"/> an action on the series unless they organize it (or there is none yet).</summary>
    public static Error? OrganizerOnly(Circle circle, PersonId by, string code) =>
        Organizer(circle) is { } organizer && organizer != by ? Error.Forbidden(code, Named(circle, organizer)) : null;

    /// <summary>Pausing, resuming and closing change the series when there is one: the organizer's to decide.</summary>
    public static Error? MayChangeStatus(Circle circle, PersonId by, CircleStatus target) =>
        OrganizerOnly(circle, by, target == CircleStatus.Closed ? "circle.close.organizerOnly" : "circle.pause.organizerOnly");

    /// <summary>In a peer group: anyone leaves, except the organizer, whose calendar holds the series; only the organizer removes others.</summary>
    public static Error? MayRemove(Circle circle, PersonId by, PersonId person)
    {
        var organizer = Organizer(circle);
        if (by == person)
        {
            return organizer == by ? Error.Conflict("member.organizerLeaving") : null;
        }

        return organizer == by ? null : Error.Forbidden("member.removeOthers.organizerOnly");
    }

    private static Dictionary<string, object> Named(Circle circle, PersonId organizer) =>
        new() { ["organizer"] = circle.Members.FirstOrDefault(m => m.PersonId == organizer)?.DisplayName ?? "" };
}
