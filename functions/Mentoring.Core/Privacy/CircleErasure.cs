using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Privacy;

/// <summary>What an erased person's leaving does to a circle: the one exception to "a closed circle never changes again".</summary>
/// <remarks>
/// A peer group of three or more without them goes on without them. A mentorship, or a peer group left with two, closes:
/// its series ends, and the erased member stays in its list only as <see cref="FormerMember"/>, so the others' history still
/// reads "ancien membre". A series the erased person organized ends in every case: it lives in their own mailbox, which the
/// product may no longer use, and Graph cannot give a series another organizer; any member may schedule a new one.
/// </remarks>
public static class CircleErasure
{
    /// <summary>The end reason members read when the series' organizer erased their data.</summary>
    public const string OrganizerErased = "series.organizerErased";

    public static Circle Forget(Circle circle, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (circle.Invited.Any(i => i.PersonId == person))
        {
            return circle with { Invited = [.. circle.Invited.Where(i => i.PersonId != person)] };
        }

        if (!circle.HasMember(person))
        {
            return circle;
        }

        var others = circle.Members.Where(m => m.PersonId != person).ToArray();
        // Their id leaves the list of people to uninvite too: the calendar was cleared of them first.
        var schedule = circle.Schedule is { } s && s.Organizer == person
            ? s with
            {
                State = ScheduleState.Ended, Organizer = FormerMember.Id, EndReason = OrganizerErased, AttendeesOutdated = false,
                Leaving = [.. s.Leaving.Where(p => p != person)],
            }
            : circle.Schedule is { } other ? other with { Leaving = [.. other.Leaving.Where(p => p != person)] } : null;
        if (circle.Status != CircleStatus.Closed && circle.Kind == CircleKind.PeerGroup && others.Length >= Membership.MinPeers)
        {
            // The calendar was updated before this save (the erasure's first step): nothing is left outdated.
            return circle with { Members = others, Schedule = schedule is { IsLive: true } ? schedule with { AttendeesOutdated = false } : schedule };
        }

        // One former member at most: when both people of a mentorship erase, the second simply goes.
        return circle with
        {
            Status = CircleStatus.Closed,
            Members = circle.HasMember(FormerMember.Id) ? others : [.. circle.Members.Select(m => m.PersonId == person ? new Member(FormerMember.Id, m.Role, "", "") : m)],
            Schedule = schedule?.State switch
            {
                ScheduleState.Pending or ScheduleState.Scheduled or ScheduleState.Pausing => schedule with { State = ScheduleState.Ending },
                ScheduleState.Paused => schedule with { State = ScheduleState.Ended },
                _ => schedule,
            },
        };
    }
}
