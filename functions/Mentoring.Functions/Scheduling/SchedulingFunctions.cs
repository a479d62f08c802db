using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Scheduling;

/// <summary>The scheduling API: a circle's series, its sessions, and free slots. Closing the circle ends its series.</summary>
public sealed class SchedulingFunctions(Api api, ScheduleCircle schedule, ChangeCadence change, ListSessions list, CancelSession cancel, ProposeSlots propose)
{
    [Function("ScheduleCircle")]
    public Task<IActionResult> Schedule([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/series")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync(req, async caller => CircleId.TryParse(id, out var circle)
            ? Answer((await schedule.ExecuteAsync(caller, circle, ct)).Map(SeriesResponse.From), req, StatusCodes.Status201Created)
            : InvalidId(req));

    [Function("ChangeCadence")]
    public Task<IActionResult> Change([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}/series")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync<CadenceDraft>(req, async (caller, draft) => CircleId.TryParse(id, out var circle)
            ? Answer((await change.ExecuteAsync(caller, circle, draft, ct)).Map(SeriesResponse.From), req)
            : InvalidId(req), ct);

    [Function("ListSessions")]
    public Task<IActionResult> Sessions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/sessions")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync(req, async caller => CircleId.TryParse(id, out var circle)
            ? Answer((await list.ExecuteAsync(caller, circle, ct)).Map(SeriesResponse.From), req)
            : InvalidId(req));

    [Function("CancelSession")]
    public Task<IActionResult> Cancel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/sessions/{sessionId}/cancel")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.RunAsync<CancelSessionRequest>(req, async (caller, body) => CircleId.TryParse(id, out var circle)
            ? Answer((await cancel.ExecuteAsync(caller, circle, sessionId, body.Reason, ct)).Map(SessionResponse.From), req)
            : InvalidId(req), ct);

    [Function("ProposeSlots")]
    public Task<IActionResult> Slots([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/slots")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync(req, async caller => CircleId.TryParse(id, out var circle)
            ? Answer((await propose.ExecuteAsync(caller, circle, ct)).Map(s => s.Select(x => new SlotResponse(x.Start, x.End)).ToArray()), req)
            : InvalidId(req));

    private static IActionResult Answer<T>(Result<T> result, HttpRequest req, int status = StatusCodes.Status200OK) =>
        result.IsSuccess ? new JsonResponse(result.Value, status) : Problems.From(result.Errors, req);

    private static IActionResult InvalidId(HttpRequest req) => Problems.From([Error.Invalid("id", "id.invalid")], req);
}
