using Mentoring.Core.Codev;
using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Codev;

/// <summary>
/// Co-développement mode for a peer group's session: the proposal, the start, the state every attendee polls (ETag, 304 when
/// unchanged), the animateur's phase and timings, the client's plan. See docs/codev.md for why polling.
/// </summary>
public sealed class CodevFunctions(Api api, StartCodev start, RunCodev run, GiveCodevPlan plan)
{
    private const string Base = "circles/{id}/sessions/{sessionId}/codev";

    [Function("ProposeCodev")]
    public Task<IActionResult> Propose(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/proposal")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
        {
            var absent = req.Query["absent"].SelectMany(a => (a ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var proposal = await start.ProposeAsync(caller, circle, sessionId, absent, ct);
            return proposal.Map(CodevProposalResponse.From).ToJsonResponse(req);
        });

    [Function("StartCodev")]
    public Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base)] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CodevStartDraft>(req, id, async (caller, circle, draft) =>
        {
            var started = await start.StartAsync(caller, circle, sessionId, draft, ct);
            if (!started.IsSuccess)
            {
                return Problems.From(started.Errors, req);
            }

            return Answer(await run.ReadAsync(caller, circle, sessionId, ct), caller, req, StatusCodes.Status201Created);
        }, ct);

    [Function("ReadCodev")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base)] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
        {
            var view = await run.ReadAsync(caller, circle, sessionId, ct);
            var seen = req.Headers.IfNoneMatch.ToString();
            if (view.IsSuccess && seen.Length > 0 && seen == view.Value.Codev.Version)
            {
                // Unchanged since the attendee's last poll: no body, the timer keeps counting from the end time it has.
                return new JsonResponse(null, StatusCodes.Status304NotModified) { Headers = { ["ETag"] = seen } };
            }

            return Answer(view, caller, req);
        });

    [Function("MoveCodevPhase")]
    public Task<IActionResult> Move(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Base + "/phase")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CodevMove>(req, id, async (caller, circle, move) =>
            Answer(await run.MoveAsync(caller, circle, sessionId, move, Api.IfMatch(req), ct), caller, req), ct);

    [Function("RetimeCodev")]
    public Task<IActionResult> Retime(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Base + "/minutes")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CodevMinutes>(req, id, async (caller, circle, minutes) =>
            Answer(await run.RetimeAsync(caller, circle, sessionId, minutes, Api.IfMatch(req), ct), caller, req), ct);

    [Function("GiveCodevPlan")]
    public Task<IActionResult> Plan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base + "/plan")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CodevPlanDraft>(req, id, async (caller, circle, draft) =>
        {
            var given = await plan.ExecuteAsync(caller, circle, sessionId, draft, ct);
            if (!given.IsSuccess)
            {
                return Problems.From(given.Errors, req);
            }

            return Answer(await run.ReadAsync(caller, circle, sessionId, ct), caller, req, StatusCodes.Status201Created);
        }, ct);

    private static IActionResult Answer(Result<CodevView> view, Core.People.Caller caller, HttpRequest req, int status = StatusCodes.Status200OK)
    {
        if (!view.IsSuccess)
        {
            return Problems.From(view.Errors, req);
        }

        return new JsonResponse(CodevResponse.From(view.Value, caller.Id), status) { Headers = { ["ETag"] = view.Value.Codev.Version } };
    }
}
