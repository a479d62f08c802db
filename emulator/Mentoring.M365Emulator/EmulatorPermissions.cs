namespace Mentoring.M365Emulator;

/// <summary>What the tenant admin granted the app; by default everything the product asks for.</summary>
/// <remarks>
/// Switch at run time in process (<c>emulator.Permissions.DenyOnlineMeetings = true</c>) or over HTTP
/// (<c>PUT /_emulator/permissions {"denyOnlineMeetings":true}</c>, <c>DELETE</c> restores the grants).
/// </remarks>
public sealed class EmulatorPermissions
{
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

    public void Reset() => DenyOnlineMeetings = false;
}
