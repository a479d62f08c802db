namespace Mentoring.M365Emulator;

/// <summary>A seeded person of a demo tenant.</summary>
/// <remarks>The time zone is an IANA id; working hours are local wall-clock times in that zone.</remarks>
public sealed record DemoUser(
    Guid TenantId,
    Guid Id,
    string DisplayName,
    string UserPrincipalName,
    string PreferredLanguage,
    string TimeZone,
    TimeOnly WorkStart,
    TimeOnly WorkEnd,
    IReadOnlyList<DayOfWeek> WorkDays)
{
    /// <summary>Outlook shows this person's working hours in a zone they typed in themselves: Graph then returns a
    /// <c>customTimeZone</c> (no name to map) instead of a Windows zone name.</summary>
    public bool CustomTimeZone { get; init; }
}
