using Mentoring.Core.Goals;
using Mentoring.Functions.Agendas;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Goals;

/// <summary>A member's goals in a circle (Goal Attainment Scaling): read, write, revise, and "where I stand" each month.</summary>
public sealed class GoalFunctions(Api api, ReadGoals read, GoalActions actions, PlaceGoals place)
{
    [Function("ReadGoals")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/goals")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await read.ReadAsync(caller, circle, ct)).Map(GoalsResponse.From).ToJsonResponse(req));

    [Function("AddGoal")]
    public Task<IActionResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/goals")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<GoalDraft>(req, id, async (caller, circle, draft) =>
            (await actions.AddAsync(caller, circle, draft, ct)).Map(GoalResponse.From).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("ReviseGoal")]
    public Task<IActionResult> Revise(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/goals/{goalId}")] HttpRequest req, string id, string goalId, CancellationToken ct) =>
        api.ForCircleAsync<GoalDraft>(req, id, async (caller, circle, draft) => Guid.TryParse(goalId, out var goal)
            ? (await actions.ReviseAsync(caller, circle, goal, draft, Api.IfMatch(req), ct)).Map(GoalResponse.From).ToJsonResponse(req)
            : Routes.InvalidId(req, "goalId"), ct);

    [Function("PlaceGoals")]
    public Task<IActionResult> Place(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/placements")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<PlacementsRequest>(req, id, async (caller, circle, body) =>
            (await place.PlaceAsync(caller, circle, body.Placements, ct)).Map(PlacementsResponse.From).ToJsonResponse(req), ct);
}
