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
        api.ForCircleAsync(req, id, async (caller, circle) => (await schedule.ExecuteAsync(caller, circle, ct)).Map(v => SeriesResponse.From(v, Language.PrefersEnglish(req))).ToJsonResponse(req, StatusCodes.Status201Created));

    [Function("ChangeCadence")]
    public Task<IActionResult> Change([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}/series")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<CadenceDraft>(req, id, async (caller, circle, draft) => (await change.ExecuteAsync(caller, circle, draft, ct)).Map(v => SeriesResponse.From(v, Language.PrefersEnglish(req), caller.Id)).ToJsonResponse(req), ct);

    [Function("ListSessions")]
    public Task<IActionResult> Sessions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/sessions")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await list.ExecuteAsync(caller, circle, ct)).Map(v => SeriesResponse.From(v, Language.PrefersEnglish(req), caller.Id)).ToJsonResponse(req));

    [Function("CancelSession")]
    public Task<IActionResult> Cancel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/sessions/{sessionId}/cancel")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CancelSessionRequest>(req, id, async (caller, circle, body) => (await cancel.ExecuteAsync(caller, circle, sessionId, body.Reason, ct)).Map(SessionResponse.From).ToJsonResponse(req), ct);

    [Function("ProposeSlots")]
    public Task<IActionResult> Slots([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/slots")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await propose.ExecuteAsync(caller, circle, ct)).Map(s => s.Select(x => new SlotResponse(x.Start, x.End)).ToArray()).ToJsonResponse(req));
}
