using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Test-data builder for the members a create request names.</summary>
internal static class AMemberDraft
{
    public static MemberDraft Mentor(Person person, string objective = "") => new(person.Id.ToString(), MemberRole.Mentor, objective);

    public static MemberDraft Mentee(Person person, string objective = "") => new(person.Id.ToString(), MemberRole.Mentee, objective);

    /// <summary>A peer as the tab sends it: no role, since a peer group has only peers.</summary>
    public static MemberDraft Peer(Person person, string objective = "") => new(person.Id.ToString(), null, objective);

    public static MemberDraft WithId(string? personId, MemberRole? role = MemberRole.Peer) => new(personId, role, "");
}
