using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Infrastructure.Tests.Matching;

/// <summary>Profiles for the matching stores' tests: a French-speaking mentee, peer or mentor of a tenant.</summary>
internal static class AMatchingProfile
{
    public static Profile Mentee(TenantId tenant, string name) => Make(tenant, name, Visibility.Peer, mentor: null);

    public static Profile Hidden(TenantId tenant, string name) => Make(tenant, name, Visibility.None, mentor: null);

    /// <summary>A mentor visible as such, with <paramref name="capacity"/> places of which <paramref name="taken"/> are taken.</summary>
    public static Profile Mentor(TenantId tenant, string name, int capacity = 2, int taken = 0, Visibility visibility = Visibility.Mentor) =>
        Make(tenant, name, visibility, new MentorDraft(["Data"], 10, capacity, taken));

    private static Profile Make(TenantId tenant, string name, Visibility visibility, MentorDraft? mentor)
    {
        var draft = new ProfileDraft(CurrentJob: "Comptable", TargetField: "Data", Languages: ["fr"], TimeZone: "Europe/Paris", Visibility: visibility, Mentor: mentor);
        var made = Profile.Create(draft, tenant, new PersonId(Guid.NewGuid()), name);
        return made.IsSuccess ? made.Value : throw new InvalidOperationException(made.Errors[0].Code);
    }
}
