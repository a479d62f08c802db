using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>The transitions of a circle's invitations: invite, accept, decline, withdraw. Nobody becomes a member without saying yes.</summary>
/// <remarks>
/// Accepting moves the invitee into <see cref="Circle.Members"/>; with a live series the attendees are then outdated, so the
/// usual calendar path (<c>CircleCalendar.FollowAsync</c>) adds them. Declining a mentorship closes it (it cannot happen
/// without them); declining a peer group leaves it waiting for enough members (<see cref="Circle.IsReady"/>).
/// </remarks>
public static class CircleInvitations
{
    /// <summary>Invites a peer into a peer group that, counting the pending invitations, has fewer than five.</summary>
    /// <param name="byCard">They already have the app in Teams: a card tells them too (<see cref="Invitee.ByCard"/>).</param>
    public static Result<Circle> Invite(Circle circle, Person person, Member inviter, DateTimeOffset now, bool byCard = false)
    {
        if (circle.Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        if (circle.Kind == CircleKind.Mentorship)
        {
            return Error.Invalid("personId", "mentorship.fixedMembers");
        }

        if (circle.HasMember(person.Id) || circle.IsInvited(person.Id))
        {
            return Error.Conflict("member.alreadyIn");
        }

        var count = circle.Members.Count + circle.PendingInvitations.Count() + 1;
        if (Membership.CheckSize(circle.Kind, count, "personId") is { } size)
        {
            return size;
        }

        var invitee = new Invitee(new Member(person.Id, MemberRole.Peer, person.DisplayName, "", now), inviter.PersonId, inviter.DisplayName, now, ByCard: byCard);
        return circle with { Invited = [.. circle.Invited.Where(i => i.PersonId != person.Id), invitee] };
    }

    /// <summary>The invitee becomes a member; a live series will invite them (attendees outdated).</summary>
    public static Result<Circle> Accept(Circle circle, PersonId person)
    {
        if (Pending(circle, person) is not { } invitee)
        {
            return Error.NotFound("invitation.notFound");
        }

        if (circle.Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        return circle with
        {
            Members = [.. circle.Members, invitee.Member],
            Invited = [.. circle.Invited.Where(i => i.PersonId != person)],
            Schedule = circle.Schedule is { IsLive: true } s ? s with { AttendeesOutdated = true } : circle.Schedule,
        };
    }

    /// <summary>The invitee says no: marked declined for the members to see; a mentorship without them closes.</summary>
    public static Result<Circle> Decline(Circle circle, PersonId person)
    {
        if (Pending(circle, person) is null)
        {
            return Error.NotFound("invitation.notFound");
        }

        var declined = circle with
        {
            Invited = [.. circle.Invited.Select(i => i.PersonId == person ? i with { Declined = true } : i)],
            Schedule = circle.Schedule?.InvitationEnded(person),
        };
        var closes = circle.Kind == CircleKind.Mentorship && circle.Status != CircleStatus.Closed;
        return closes ? declined with { Status = CircleStatus.Closed } : declined;
    }

    /// <summary>
    /// The inviter, or the circle's organizer, takes a pending invitation back: the invitee is no longer invited (not marked
    /// declined: they said nothing). Anyone else, or an invitation no longer pending: not found. A mentorship cannot happen
    /// without its invitee, so it closes, as when they decline.
    /// </summary>
    public static Result<Circle> Withdraw(Circle circle, PersonId person, PersonId by)
    {
        if (Pending(circle, person) is not { } invitee)
        {
            return Error.NotFound("invitation.notFound");
        }

        if (invitee.InvitedBy != by && CircleRules.Organizer(circle) != by)
        {
            return Error.NotFound("invitation.notFound");
        }

        var withdrawn = circle with { Invited = [.. circle.Invited.Where(i => i.PersonId != person)], Schedule = circle.Schedule?.InvitationEnded(person) };
        var closes = circle.Kind == CircleKind.Mentorship && circle.Status != CircleStatus.Closed;
        return closes ? withdrawn with { Status = CircleStatus.Closed } : withdrawn;
    }

    private static Invitee? Pending(Circle circle, PersonId person) => circle.PendingInvitations.FirstOrDefault(i => i.PersonId == person);
}
