using Mentoring.Core.Reciprocity;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>Reciprocity: thanks between peers, news from mentee to mentor, and the balance of help.</summary>
public sealed class ReciprocityFunctions(Api api, ReciprocityActions reciprocity)
{
    [Function("GiveThanks")]
    public Task<IActionResult> Thank([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/thanks")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<ThanksDraft>(req, id, async (caller, circle, draft) =>
            (await reciprocity.ThankAsync(caller, circle, draft, Api.IdempotencyKey(req), ct)).Map(ThanksResponse.From).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("TellMentor")]
    public Task<IActionResult> Tell([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/news")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<NewsDraft>(req, id, async (caller, circle, draft) =>
            (await reciprocity.TellAsync(caller, circle, draft, Api.IdempotencyKey(req), ct)).Map(NewsResponse.From).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("GetReciprocity")]
    public Task<IActionResult> Balance([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/reciprocity")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await reciprocity.BalanceAsync(caller, circle, ct)).Map(ReciprocityResponse.From).ToJsonResponse(req));
}
