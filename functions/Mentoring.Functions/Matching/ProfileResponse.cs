using Mentoring.Core.Common;
using Mentoring.Core.Profiles;

namespace Mentoring.Functions.Matching;

/// <summary>My profile as the form shows it, with the version to send back in If-Match.</summary>
public sealed record ProfileResponse(string PersonId, string DisplayName, string Version, ProfileDraft Profile)
{
    public static ProfileResponse From(Versioned<Profile> p) =>
        new(p.Value.Person.Value.ToString(), p.Value.DisplayName, p.Version, ProfileDrafts.From(p.Value));
}
