using Mentoring.Core.Circles;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Circles;

/// <summary>The circles API. Each trigger authenticates, binds, calls one use case and maps its result.</summary>
public sealed class CirclesFunctions(Api api, CreateCircle create, GetCircle get, ListMyCircles list, UpdateCircle update, AddMember add, RemoveMember remove)
{
    [Function("CreateCircle")]
    public Task<IActionResult> Create([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<CircleDraft>(req, async (caller, draft) => (await create.ExecuteAsync(caller, draft, Api.IdempotencyKey(req), ct)).ToResponse(req, StatusCodes.Status201Created), ct);

    [Function("ListMyCircles")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse((await list.ExecuteAsync(caller, ct)).Select(CircleSummaryResponse.From).ToArray()));

    [Function("GetCircle")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await get.ExecuteAsync(caller, circle, ct)).ToResponse(req));

    [Function("UpdateCircle")]
    public Task<IActionResult> Update([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<CirclePatch>(req, id, async (caller, circle, patch) => (await update.ExecuteAsync(caller, circle, patch, Api.IfMatch(req), ct)).ToResponse(req), ct);

    [Function("AddMember")]
    public Task<IActionResult> AddMember([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/members/{personId}")] HttpRequest req, string id, string personId, CancellationToken ct) =>
        api.ForMemberAsync(req, id, personId, async (caller, circle, person) => (await add.ExecuteAsync(caller, circle, person, Api.IfMatch(req), ct)).ToResponse(req));

    [Function("RemoveMember")]
    public Task<IActionResult> RemoveMember([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "circles/{id}/members/{personId}")] HttpRequest req, string id, string personId, CancellationToken ct) =>
        api.ForMemberAsync(req, id, personId, async (caller, circle, person) => (await remove.ExecuteAsync(caller, circle, person, Api.IfMatch(req), ct)).ToResponse(req));
}
