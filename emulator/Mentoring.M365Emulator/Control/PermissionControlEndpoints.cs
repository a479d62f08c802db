namespace Mentoring.M365Emulator.Control;

/// <summary>Over-HTTP access to <see cref="EmulatorPermissions"/>, for tests and demos in other processes.</summary>
internal static class PermissionControlEndpoints
{
    public static void MapPermissionControl(this IEndpointRouteBuilder app, EmulatorPermissions permissions)
    {
        app.MapGet("/_emulator/permissions", () => Results.Json(new PermissionsBody(permissions.DenyOnlineMeetings)));
        app.MapPut("/_emulator/permissions", (PermissionsBody body) =>
        {
            permissions.DenyOnlineMeetings = body.DenyOnlineMeetings;
            return Results.Json(new PermissionsBody(permissions.DenyOnlineMeetings));
        });
        app.MapDelete("/_emulator/permissions", () =>
        {
            permissions.Reset();
            return Results.NoContent();
        });
    }

    internal sealed record PermissionsBody(bool DenyOnlineMeetings);
}
