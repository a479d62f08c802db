namespace Mentoring.Core.Circles;

/// <summary>A member's place in a circle: mentor or mentee in a mentorship, peer in a peer group.</summary>
public enum MemberRole
{
    Mentor,
    Mentee,
    Peer,
}
