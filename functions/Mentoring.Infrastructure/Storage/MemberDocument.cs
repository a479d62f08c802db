using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Storage;

/// <summary>The stored JSON shape of a member.</summary>
internal sealed record MemberDocument(Guid PersonId, MemberRole Role, string DisplayName, string Objective, DateTimeOffset? JoinedAt = null)
{
    public static MemberDocument From(Member m) => new(m.PersonId.Value, m.Role, m.DisplayName, m.Objective, m.JoinedAt);

    public Member ToMember() => new(new PersonId(PersonId), Role, DisplayName, Objective, JoinedAt);
}

/// <summary>The stored JSON shape of an invitee: the member they become, who invited them, when, and whether they declined.</summary>
internal sealed record InviteeDocument(MemberDocument Member, Guid InvitedBy, string InvitedByName, DateTimeOffset InvitedAt, bool Declined, bool? ByCard = null)
{
    public static InviteeDocument From(Invitee i) => new(MemberDocument.From(i.Member), i.InvitedBy.Value, i.InvitedByName, i.InvitedAt, i.Declined, i.ByCard);

    public Invitee ToInvitee() => new(Member.ToMember(), new PersonId(InvitedBy), InvitedByName, InvitedAt, Declined, ByCard ?? false);
}
