using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Storage;

/// <summary>The stored JSON shape of a member.</summary>
internal sealed record MemberDocument(Guid PersonId, MemberRole Role, string DisplayName, string Objective, DateTimeOffset? JoinedAt = null)
{
    public static MemberDocument From(Member m) => new(m.PersonId.Value, m.Role, m.DisplayName, m.Objective, m.JoinedAt);

    public Member ToMember() => new(new PersonId(PersonId), Role, DisplayName, Objective, JoinedAt);
}
