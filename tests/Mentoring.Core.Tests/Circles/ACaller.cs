using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Test-data builder for the authenticated person a use case acts for.</summary>
internal static class ACaller
{
    public static Caller For(Person person) => new(person.Tenant, person.Id, person.DisplayName);

    public static Caller For(Circle circle, int memberIndex = 0)
    {
        var member = circle.Members[memberIndex];
        return new(circle.Tenant, member.PersonId, member.DisplayName);
    }
}
