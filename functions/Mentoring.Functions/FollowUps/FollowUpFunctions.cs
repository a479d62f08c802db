using Mentoring.Core.FollowUps;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.FollowUps;

/// <summary>Follow-ups from the personal tab (the card may be lost, or never sent), and the switch that pauses a circle's cards.</summary>
public sealed class FollowUpFunctions(Api api, AnswerFollowUp answers, ListMyFollowUps mine, CardPauses pauses)
{
    [Function("ListMyFollowUps")]
    public Task<IActionResult> Mine([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/followups")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse(MyFollowUpsResponse.From(await mine.ExecuteAsync(caller, ct))));

    [Function("GetFollowUp")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/sessions/{sessionId}/followup")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await answers.QuestionsAsync(caller, circle, sessionId, ct)).Map(FollowUpResponse.From).ToJsonResponse(req));

    [Function("AnswerFollowUp")]
    public Task<IActionResult> Answer([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/sessions/{sessionId}/followup")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<FollowUpRequest>(req, id, async (caller, circle, body) =>
            (await answers.ExecuteAsync(caller, circle, sessionId, body.ToDraft(), Language.PrefersEnglish(req), ct)).Map(FollowUpResponse.From).ToJsonResponse(req), ct);

    [Function("ChangeMyMembership")]
    public Task<IActionResult> ChangeMembership([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}/members/{personId}")] HttpRequest req, string id, string personId, CancellationToken ct) =>
        api.ForMemberAsync(req, id, personId, async (caller, circle, person) =>
        {
            var body = await RequestBody.ReadAsync<MembershipRequest>(req, ct);
            return body.IsSuccess
                ? (await pauses.SetAsync(caller, circle, person, body.Value.CardsPaused, ct)).Map(p => new { circleId = id, personId = p.Member.ToString(), cardsPaused = p.Paused }).ToJsonResponse(req)
                : Problems.From(body.Errors, req);
        });
}
