using Mentoring.Core.Commitments;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>Commitments: made at a session, closed (done or dropped) by their author, listed across my circles.</summary>
public sealed class CommitmentFunctions(Api api, CommitmentActions commitments, ListMyCommitments mine)
{
    [Function("MakeCommitment")]
    public Task<IActionResult> Make([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/sessions/{sessionId}/commitments")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<CommitmentDraft>(req, id, async (caller, circle, draft) =>
            (await commitments.MakeAsync(caller, circle, sessionId, draft, Api.IdempotencyKey(req), ct)).Map(c => CommitmentResponse.From(c, null, caller.Id)).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("CloseCommitment")]
    public Task<IActionResult> Close([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "circles/{id}/commitments/{commitmentId}")] HttpRequest req, string id, string commitmentId, CancellationToken ct) =>
        api.ForCircleAsync<CommitmentPatch>(req, id, async (caller, circle, patch) => Guid.TryParse(commitmentId, out var commitment)
            ? (await commitments.CloseAsync(caller, circle, commitment, patch, Api.IfMatch(req), ct)).Map(c => CommitmentResponse.From(c, null, caller.Id)).ToJsonResponse(req)
            : Routes.InvalidId(req, "commitmentId"), ct);

    [Function("ListMyCommitments")]
    public Task<IActionResult> Mine([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "commitments")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse((await mine.ExecuteAsync(caller, ct)).Select(c => MyCommitmentResponse.From(c, caller.Id)).ToArray()));
}
