using Mentoring.Core.People;

namespace Mentoring.Functions.People;

/// <summary>A person a picker may offer: who they are and whether they are a guest of the tenant.</summary>
public sealed record PersonMatchResponse(string Id, string DisplayName, string Mail, UserType UserType)
{
    public static PersonMatchResponse[] From(IReadOnlyList<PersonMatch> matches) =>
        [.. matches.Select(m => new PersonMatchResponse(m.Id.ToString(), m.DisplayName, m.Email, m.UserType))];
}
