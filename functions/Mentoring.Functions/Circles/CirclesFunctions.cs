using Mentoring.Core.Circles;
using Mentoring.Core.People;
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
        api.RunAsync(req, async caller => CircleId.TryParse(id, out var circle)
            ? (await get.ExecuteAsync(caller, circle, ct)).ToResponse(req)
            : InvalidId(req, "id"));

    [Function("UpdateCircle")]
    public Task<IActionResult> Update([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync<CirclePatch>(req, async (caller, patch) => CircleId.TryParse(id, out var circle)
            ? (await update.ExecuteAsync(caller, circle, patch, Api.IfMatch(req), ct)).ToResponse(req)
            : InvalidId(req, "id"), ct);

    [Function("AddMember")]
    public Task<IActionResult> AddMember([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/members/{personId}")] HttpRequest req, string id, string personId, CancellationToken ct) =>
        api.RunAsync(req, async caller => Ids(id, personId) is var (circle, person) && circle is not null && person is not null
            ? (await add.ExecuteAsync(caller, circle.Value, person.Value, Api.IfMatch(req), ct)).ToResponse(req)
            : InvalidId(req, circle is null ? "id" : "personId"));

    [Function("RemoveMember")]
    public Task<IActionResult> RemoveMember([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "circles/{id}/members/{personId}")] HttpRequest req, string id, string personId, CancellationToken ct) =>
        api.RunAsync(req, async caller => Ids(id, personId) is var (circle, person) && circle is not null && person is not null
            ? (await remove.ExecuteAsync(caller, circle.Value, person.Value, Api.IfMatch(req), ct)).ToResponse(req)
            : InvalidId(req, circle is null ? "id" : "personId"));

    private static (CircleId?, PersonId?) Ids(string circle, string person) =>
        (CircleId.TryParse(circle, out var c) ? c : null, PersonId.TryParse(person, out var p) ? p : null);

    private static IActionResult InvalidId(HttpRequest req, string field) => Problems.From([Core.Common.Error.Invalid(field, "id.invalid")], req);
}
