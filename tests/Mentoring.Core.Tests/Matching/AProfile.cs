using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Matching;

/// <summary>Test-data builder for profiles, going through the validating factory so every profile is one a person could save.</summary>
internal static class AProfile
{
    /// <summary>Wednesday 6 January 2027, 09:00 UTC: the fixed "now" whose UTC offsets matching uses (winter time in Paris).</summary>
    public static readonly DateTimeOffset At = new(2027, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static readonly SlotDraft[] TuesdayAndThursdayEvenings =
        [new(DayOfWeek.Tuesday, PartOfDay.Evening), new(DayOfWeek.Thursday, PartOfDay.Evening)];

    public static ProfileDraft MenteeDraft() => new(
        About: "Comptable depuis douze ans, je veux travailler avec les données.",
        CurrentJob: "Comptable",
        TargetField: "Data analyse",
        TargetJob: "Data analyst",
        SkillsOffered: ["Comptabilité"],
        SkillsSought: ["SQL", "Python"],
        Languages: ["fr"],
        City: "Lyon",
        TimeZone: "Europe/Paris",
        Availability: TuesdayAndThursdayEvenings,
        Visibility: Visibility.Peer);

    public static ProfileDraft MentorDraft(int years = 10, int capacity = 3, int current = 1) => MenteeDraft() with
    {
        CurrentJob = "Data analyst",
        TargetField = "",
        TargetJob = "",
        SkillsOffered = ["SQL", "Power BI"],
        SkillsSought = [],
        Visibility = Visibility.Mentor,
        Mentor = new MentorDraft(["Data analyse", "Finance"], years, capacity, current),
    };

    public static Profile Build(ProfileDraft draft, string name = "Camille Martin", TenantId? tenant = null, PersonId? id = null)
    {
        var result = Profile.Create(draft, tenant ?? APerson.Tenant, id ?? new PersonId(Guid.NewGuid()), name);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Code}")));
        return result.Value;
    }

    public static Profile Mentee(string name = "Léa Dubois") => Build(MenteeDraft(), name);

    public static Profile Mentor(string name = "Camille Martin", int years = 10, int capacity = 3, int current = 1, TenantId? tenant = null) =>
        Build(MentorDraft(years, capacity, current), name, tenant);
}
