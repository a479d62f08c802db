namespace Mentoring.M365Emulator.Control;

/// <summary>Over-HTTP access to <see cref="EmulatorPermissions"/>, for tests and demos in other processes.</summary>
internal static class PermissionControlEndpoints
{
    public static void MapPermissionControl(this IEndpointRouteBuilder app, EmulatorPermissions permissions)
    {
        app.MapGet("/_emulator/permissions", () => Results.Json(Current(permissions)));
        app.MapPut("/_emulator/permissions", (PermissionsBody body) =>
        {
            // Resolve every person first, so a typo changes nothing.
            var unlicensed = new List<Guid>();
            foreach (var idOrUpn in body.WithoutTeamsLicence ?? [])
            {
                if (DemoDirectory.Find(idOrUpn) is not { } user)
                    return Results.BadRequest(new { error = $"unknown user '{idOrUpn}'" });
                unlicensed.Add(user.Id);
            }

            var outside = new List<Guid>();
            foreach (var idOrUpn in body.OutsideAccessPolicy ?? [])
            {
                if (DemoDirectory.Find(idOrUpn) is not { } user)
                    return Results.BadRequest(new { error = $"unknown user '{idOrUpn}'" });
                outside.Add(user.Id);
            }

            permissions.DenyOnlineMeetings = body.DenyOnlineMeetings;
            outside.ForEach(permissions.ExcludeFromAccessPolicy);
            foreach (var (clientId, roles) in body.AppRoles ?? [])
                permissions.GrantGraphRoles(clientId, roles);
            unlicensed.ForEach(permissions.RemoveTeamsLicence);
            return Results.Json(Current(permissions));
        });
        app.MapDelete("/_emulator/permissions", () =>
        {
            permissions.Reset();
            return Results.NoContent();
        });
    }

    private static PermissionsBody Current(EmulatorPermissions permissions) => new(
        permissions.DenyOnlineMeetings,
        permissions.ChangedGraphRoles.ToDictionary(p => p.Key, p => p.Value.ToArray()),
        [.. permissions.WithoutTeamsLicence.Select(id => id.ToString())],
        [.. permissions.OutsideAccessPolicy.Select(id => id.ToString())]);

    /// <param name="DenyOnlineMeetings">See <see cref="EmulatorPermissions.DenyOnlineMeetings"/>.</param>
    /// <param name="AppRoles">Graph roles per app client id; apps not listed keep theirs.</param>
    /// <param name="WithoutTeamsLicence">People (object ids or UPNs) to take the Teams licence from; added to those already without.</param>
    /// <param name="OutsideAccessPolicy">People (object ids or UPNs) whose mailboxes the application access policy leaves out; added to those already out.</param>
    internal sealed record PermissionsBody(
        bool DenyOnlineMeetings = false,
        Dictionary<string, string[]>? AppRoles = null,
        string[]? WithoutTeamsLicence = null,
        string[]? OutsideAccessPolicy = null);
}
