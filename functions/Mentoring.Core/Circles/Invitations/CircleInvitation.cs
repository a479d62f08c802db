using Mentoring.Core.People;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>What an invitee sees of a circle: its name and kind, their future role, and who invited them. Nothing else.</summary>
public sealed record CircleInvitation(CircleId CircleId, PersonId PersonId, CircleKind Kind, string Name, MemberRole Role, string InvitedByName, DateTimeOffset InvitedAt);
