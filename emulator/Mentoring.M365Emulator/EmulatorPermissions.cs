using System.Collections.Concurrent;

namespace Mentoring.M365Emulator;

/// <summary>What the tenant admin granted the app, and which people have a Teams licence; by default everything the product asks for.</summary>
/// <remarks>
/// Switch at run time in process (<c>emulator.Permissions.DenyOnlineMeetings = true</c>,
/// <c>GrantGraphRoles(clientId, ["Calendars.Read"])</c>, <c>RemoveTeamsLicence(userId)</c>) or over HTTP
/// (<c>PUT /_emulator/permissions {"denyOnlineMeetings":true,"appRoles":{"&lt;client id&gt;":["Calendars.Read"]},
/// "withoutTeamsLicence":["lea.dubois@contoso.example"],"outsideAccessPolicy":["hugo.bernard@contoso.example"]}</c>, <c>DELETE</c> restores the defaults). Roles are copied into
/// app tokens when they are issued, as Entra does: a token issued before a change keeps its old roles until it expires.
/// </remarks>
public sealed class EmulatorPermissions
{
    /// <summary>The application permissions on Microsoft Graph an app has unless told otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultGraphRoles =
        ["Calendars.ReadWrite", "MailboxSettings.Read", "OnlineMeetings.Read.All", "OnlineMeetingArtifact.Read.All", "User.Read.All",
            "TeamsAppInstallation.ReadWriteSelfForUser.All",
            "AppCatalog.Read.All", "TeamsActivity.Send"];

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _graphRoles = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, bool> _withoutTeams = new();
    private readonly ConcurrentDictionary<Guid, bool> _outsidePolicy = new();
    private volatile bool _denyOnlineMeetings;

    /// <summary>
    /// Answer /onlineMeetings with 403, as Graph does when OnlineMeetings.Read.All was not granted or no
    /// application access policy (Teams' New-CsApplicationAccessPolicy) covers the user.
    /// </summary>
    public bool DenyOnlineMeetings
    {
        get => _denyOnlineMeetings;
        set => _denyOnlineMeetings = value;
    }

    /// <summary>The apps whose Graph roles differ from <see cref="DefaultGraphRoles"/>, by client id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ChangedGraphRoles => new Dictionary<string, IReadOnlyList<string>>(_graphRoles);

    /// <summary>The people (object ids) whose events cannot be Teams meetings.</summary>
    public IReadOnlyCollection<Guid> WithoutTeamsLicence => [.. _withoutTeams.Keys];

    /// <summary>The roles an app token for Graph carries when issued to <paramref name="clientId"/>.</summary>
    public IReadOnlyList<string> GraphRolesOf(string clientId) =>
        _graphRoles.TryGetValue(clientId, out var roles) ? roles : DefaultGraphRoles;

    /// <summary>Replaces what the admin consented to for one app (an empty list revokes everything).</summary>
    public void GrantGraphRoles(string clientId, IEnumerable<string> roles)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(roles);
        _graphRoles[clientId] = [.. roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The person keeps a mailbox but no Teams licence: Exchange creates their events with <c>isOnlineMeeting</c> false and no
    /// join URL, whatever the request asked for.
    /// </summary>
    public void RemoveTeamsLicence(Guid userId) => _withoutTeams[userId] = true;

    public bool HasTeamsLicence(Guid userId) => !_withoutTeams.ContainsKey(userId);

    /// <summary>
    /// The tenant's Exchange application access policy leaves this mailbox out: the app's application calls on its calendar and
    /// mailbox settings answer 403 <c>ErrorAccessDenied</c>; every other mailbox still answers.
    /// </summary>
    public void ExcludeFromAccessPolicy(Guid userId) => _outsidePolicy[userId] = true;

    /// <summary>The mailbox is back inside the policy (the admin added the person to the policy's group).</summary>
    public void IncludeInAccessPolicy(Guid userId) => _outsidePolicy.TryRemove(userId, out _);

    public bool IsOutsideAccessPolicy(Guid userId) => _outsidePolicy.ContainsKey(userId);

    /// <summary>The people (object ids) whose mailboxes the application access policy leaves out.</summary>
    public IReadOnlyCollection<Guid> OutsideAccessPolicy => [.. _outsidePolicy.Keys];

    public void Reset()
    {
        DenyOnlineMeetings = false;
        _graphRoles.Clear();
        _withoutTeams.Clear();
        _outsidePolicy.Clear();
    }
}
