using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Profiles;

/// <summary>How a person presents their career change, in their own words and in fields matching can use.</summary>
/// <remarks>Invariants: texts trimmed and bounded; at least one language, each a normalized BCP 47 tag; an IANA time zone;
/// <see cref="Mentor"/> is present exactly when <see cref="Visibility"/> includes <see cref="Visibility.Mentor"/> or the person
/// gave mentor details. A profile with <see cref="Visibility.None"/> is never shown nor matched.</remarks>
public sealed record Profile(
    TenantId Tenant,
    PersonId Person,
    string DisplayName,
    string About,
    string CurrentJob,
    string TargetField,
    string TargetJob,
    IReadOnlyList<string> SkillsOffered,
    IReadOnlyList<string> SkillsSought,
    IReadOnlyList<string> Languages,
    string City,
    string TimeZone,
    WeeklyAvailability Availability,
    Visibility Visibility,
    MentorDetails? Mentor)
{
    public const int MaxAboutLength = 2_000;
    public const int MaxLineLength = 120;

    /// <summary>Visible as a mentor, with mentor details.</summary>
    public bool IsVisibleMentor => Visibility.HasFlag(Visibility.Mentor) && Mentor is not null;

    /// <summary>Visible as a peer looking for a group.</summary>
    public bool IsVisiblePeer => Visibility.HasFlag(Visibility.Peer);

    /// <summary>Validates a draft, reporting every broken rule with its field.</summary>
    public static Result<Profile> Create(ProfileDraft draft, TenantId tenant, PersonId person, string displayName) =>
        ProfileFactory.Create(draft, tenant, person, displayName);
}
