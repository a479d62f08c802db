using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Functions.Agendas;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Privacy;

/// <summary>My data: download it (JSON, and an HTML summary beside it), erase it, pause everything. Only ever mine.</summary>
/// <remarks>A <c>personId</c> naming someone else is refused (403 <c>privacy.ownDataOnly</c>): nobody exports or erases another person.</remarks>
public sealed class PrivacyFunctions(Api api, ExportMyData export, RequestErasure erase, MyPrivacy privacy)
{
    [Function("ExportMyData")]
    public Task<IActionResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/export")] HttpRequest req, CancellationToken ct) =>
        ForSubjectAsync(req, async (caller, asked) =>
        {
            var result = await export.ExecuteAsync(caller, asked, ct);
            if (!result.IsSuccess)
            {
                return Problems.From(result.Errors, req);
            }

            var file = new JsonResponse(ExportResponse.From(result.Value));
            file.Headers["Content-Disposition"] = $"attachment; filename=\"{FileName(req)}.json\"";
            return file;
        });

    [Function("ExportMyDataSummary")]
    public Task<IActionResult> Summary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/export/summary")] HttpRequest req, CancellationToken ct) =>
        ForSubjectAsync(req, async (caller, asked) =>
        {
            var result = await export.ExecuteAsync(caller, asked, ct);
            return result.IsSuccess ? new HtmlResponse(ExportHtml.Render(result.Value, Language.PrefersEnglish(req)), $"{FileName(req)}.html") : Problems.From(result.Errors, req);
        });

    /// <summary>202: the erasure is queued; its progress is read from <c>me/privacy</c>.</summary>
    [Function("EraseMyData")]
    public Task<IActionResult> Erase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/erase")] HttpRequest req, CancellationToken ct) =>
        ForSubjectAsync(req, async (caller, asked) => (await erase.ExecuteAsync(caller, asked, ct)).ToJsonResponse(req, StatusCodes.Status202Accepted));

    [Function("MyPrivacy")]
    public Task<IActionResult> Status([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/privacy")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse(await privacy.StatusAsync(caller, ct)));

    [Function("PauseMe")]
    public Task<IActionResult> Pause([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me/pause")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<PauseRequest>(req, async (caller, body) => (await privacy.SetPauseAsync(caller, body.Paused, ct)).ToJsonResponse(req), ct);

    /// <summary>The caller, and the person the request names (<c>?personId=</c>), if it names one.</summary>
    private Task<IActionResult> ForSubjectAsync(HttpRequest req, Func<Caller, PersonId?, Task<IActionResult>> handle) =>
        api.RunAsync(req, caller => req.Query["personId"].ToString() is { Length: > 0 } named
            ? PersonId.TryParse(named, out var person) ? handle(caller, person) : Task.FromResult(Routes.InvalidId(req, "personId"))
            : handle(caller, null));

    private static string FileName(HttpRequest req) => Language.PrefersEnglish(req) ? "my-data" : "mes-donnees";
}
