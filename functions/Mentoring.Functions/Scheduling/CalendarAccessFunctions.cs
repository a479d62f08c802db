using Mentoring.Core.Scheduling;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Scheduling;

/// <summary>The organizer's "try again" once their administrator let the app into their mailbox (see Core CalendarAccessDenied).</summary>
public sealed class CalendarAccessFunctions(Api api, RetryCalendarAccess retry)
{
    [Function("RetryCalendarAccess")]
    public Task<IActionResult> Retry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/series/access-retry")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
        {
            var retried = await retry.ExecuteAsync(caller, circle, ct);
            return retried.Map(v => SeriesResponse.From(v, Language.PrefersEnglish(req), caller.Id)).ToJsonResponse(req);
        });
}
