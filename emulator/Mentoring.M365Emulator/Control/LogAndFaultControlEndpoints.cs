namespace Mentoring.M365Emulator.Control;

/// <summary>Over-HTTP access to the request log and the fault switches, for tests in other processes.</summary>
internal static class LogAndFaultControlEndpoints
{
    public static void MapRequestLogControl(this IEndpointRouteBuilder app, RequestLog log)
    {
        app.MapGet("/_emulator/requests", () => Results.Json(log.Entries));
        app.MapDelete("/_emulator/requests", () =>
        {
            log.Clear();
            return Results.NoContent();
        });
    }

    public static void MapFaultControl(this IEndpointRouteBuilder app, FaultInjector faults)
    {
        app.MapGet("/_emulator/faults", () => Results.Json(faults.Settings));
        app.MapPut("/_emulator/faults", (FaultSettings settings) =>
        {
            if (settings.FailureRate is < 0 or > 1 || settings.LostResponseRate is < 0 or > 1)
                return Results.BadRequest(new { error = "failureRate and lostResponseRate must be within 0..1" });
            faults.Configure(settings);
            return Results.Json(faults.Settings);
        });
        app.MapDelete("/_emulator/faults", () =>
        {
            faults.Reset();
            return Results.NoContent();
        });
    }
}
