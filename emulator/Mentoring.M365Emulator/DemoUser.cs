namespace Mentoring.M365Emulator;

/// <summary>A seeded person of a demo tenant.</summary>
/// <remarks>
/// The time zone is an IANA id; working hours are local wall-clock times in that zone. A guest (<see cref="UserType"/>
/// "Guest") has a <c>#EXT#</c> user principal name, the mail of their home organization, and no mailbox in the tenant.
/// </remarks>
public sealed record DemoUser(
    Guid TenantId,
    Guid Id,
    string DisplayName,
    string UserPrincipalName,
    string PreferredLanguage,
    string TimeZone,
    TimeOnly WorkStart,
    TimeOnly WorkEnd,
    IReadOnlyList<DayOfWeek> WorkDays,
    string UserType = "Member",
    string? Mail = null)
{
    /// <summary>What Graph returns as <c>mail</c>: the UPN for members, the home address for guests.</summary>
    public string Email => Mail ?? UserPrincipalName;

    public bool IsGuest => UserType == "Guest";

    /// <summary>Outlook shows this person's working hours in a zone they typed in themselves: Graph then returns a
    /// <c>customTimeZone</c> (no name to map) instead of a Windows zone name.</summary>
    public bool CustomTimeZone { get; init; }

    /// <summary>The app roles the tenant assigned this person in the MentoringAddin application (e.g. "Coordinator"); Entra
    /// puts them in the <c>roles</c> claim of the person's access tokens for that API.</summary>
    public IReadOnlyList<string> AppRoles { get; init; } = [];

    /// <summary>Graph's <c>accountEnabled</c>: false for an account an administrator blocked from signing in; it stays in the
    /// directory (and in Graph's answers) until it is deleted.</summary>
    public bool AccountEnabled { get; init; } = true;

    /// <summary>Graph's <c>showInAddressList</c>: null when never set (Entra's default, the person is listed), false for a person
    /// an administrator hid from the global address list.</summary>
    public bool? ShowInAddressList { get; init; }
}
