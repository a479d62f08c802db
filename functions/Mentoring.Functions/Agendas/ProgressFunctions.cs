using Mentoring.Core.Progress;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>Progress for the tabs' charts: a circle's, and mine across my circles.</summary>
public sealed class ProgressFunctions(Api api, ProgressReports progress)
{
    [Function("GetCircleProgress")]
    public Task<IActionResult> Circle([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/progress")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await progress.ForCircleAsync(caller, circle, ct)).Map(ProgressResponse.From).ToJsonResponse(req));

    [Function("GetMyProgress")]
    public Task<IActionResult> Mine([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/progress")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse((await progress.ForMeAsync(caller, ct)).Select(ProgressResponse.From).ToArray()));
}
