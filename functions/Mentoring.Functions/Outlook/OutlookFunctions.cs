using Mentoring.Core.Scheduling;
using Mentoring.Core.Scheduling.Adoption;
using Mentoring.Functions.Http;
using Mentoring.Functions.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Outlook;

/// <summary>What the Outlook task pane calls: adopt the appointment it filled, and find the circle of an appointment.</summary>
public sealed class OutlookFunctions(Api api, AdoptSeries adopt, FindSeriesCircle find, DraftInvitation invitation)
{
    /// <summary>200 with the series once the item is sent and adopted; 202 while it is a draft (the timer finishes the adoption).</summary>
    [Function("AdoptSeries")]
    public Task<IActionResult> Adopt([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/series/adopt")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<AdoptRequest>(req, id, async (caller, circle, body) =>
        {
            var result = await adopt.ExecuteAsync(caller, circle, body.ItemId, ct);
            var status = result.IsSuccess && result.Value.Schedule.State == ScheduleState.Pending ? StatusCodes.Status202Accepted : StatusCodes.Status200OK;
            return result.Map(v => SeriesResponse.From(v, Language.PrefersEnglish(req))).ToJsonResponse(req, status);
        }, ct);

    [Function("FindSeriesCircle")]
    public Task<IActionResult> Find([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outlook/circle")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await find.ExecuteAsync(caller, req.Query["itemId"].ToString(), ct)).Map(SeriesCircleResponse.From).ToJsonResponse(req));

    [Function("DraftInvitation")]
    public Task<IActionResult> Invitation([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/invitation")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await invitation.ExecuteAsync(caller, circle, ct)).ToJsonResponse(req));
}
