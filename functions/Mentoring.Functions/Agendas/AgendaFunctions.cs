using Mentoring.Core.Agendas;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>A session's agenda: the side panel's view, items added by members, rewritten by their authors, ordered and ticked by the organizer.</summary>
public sealed class AgendaFunctions(Api api, GetSessionAgenda get, AgendaItems items)
{
    [Function("GetSessionAgenda")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/sessions/{sessionId}/agenda")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await get.ExecuteAsync(caller, circle, sessionId, ct)).Map(a => SessionAgendaResponse.From(a, caller.Id, Language.PrefersEnglish(req))).ToJsonResponse(req));

    [Function("AddAgendaItem")]
    public Task<IActionResult> Add([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/sessions/{sessionId}/agenda/items")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<AgendaItemDraft>(req, id, async (caller, circle, draft) =>
            (await items.AddAsync(caller, circle, sessionId, draft, Api.IdempotencyKey(req), ct)).Map(i => AgendaItemResponse.From(i, null, caller.Id)).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("ChangeAgendaItem")]
    public Task<IActionResult> Change([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}/sessions/{sessionId}/agenda/items/{itemId}")] HttpRequest req, string id, string sessionId, string itemId, CancellationToken ct) =>
        api.ForCircleAsync<AgendaItemPatch>(req, id, async (caller, circle, patch) => Guid.TryParse(itemId, out var item)
            ? (await items.ChangeAsync(caller, circle, sessionId, item, patch, Api.IfMatch(req), ct)).Map(i => AgendaItemResponse.From(i, null, caller.Id)).ToJsonResponse(req)
            : Routes.InvalidId(req, "itemId"), ct);

    [Function("RemoveAgendaItem")]
    public Task<IActionResult> Remove([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "circles/{id}/sessions/{sessionId}/agenda/items/{itemId}")] HttpRequest req, string id, string sessionId, string itemId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => Guid.TryParse(itemId, out var item)
            ? (await items.RemoveAsync(caller, circle, sessionId, item, ct)).ToNoContent(req)
            : Routes.InvalidId(req, "itemId"));

    [Function("ReorderAgenda")]
    public Task<IActionResult> Reorder([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/sessions/{sessionId}/agenda/order")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<ReorderRequest>(req, id, async (caller, circle, body) =>
            (await items.ReorderAsync(caller, circle, sessionId, body.ItemIds, ct)).Map(list => list.Select(i => AgendaItemResponse.From(i, null, caller.Id)).ToArray()).ToJsonResponse(req), ct);
}
