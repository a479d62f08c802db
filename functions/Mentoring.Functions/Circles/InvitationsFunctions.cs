using Mentoring.Core.Circles;
using Mentoring.Core.Circles.Invitations;
using Mentoring.Functions.Agendas;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Circles;

/// <summary>An invitee's side of a circle: their invitations to circles and cohorts (name, kind, inviter only), accept, decline;
/// and the inviter's (or organizer's) withdrawal of a pending invitation.</summary>
public sealed class InvitationsFunctions(Api api, AnswerInvitation answer, WithdrawInvitation withdraw, Core.Cohorts.CohortInvitations cohorts)
{
    [Function("ListMyInvitations")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "invitations")] HttpRequest req,
        CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse(
            (await answer.ListAsync(caller, ct)).Select(InvitationResponse.From)
            .Concat((await cohorts.ListAsync(caller, ct)).Select(InvitationResponse.From)).OrderByDescending(i => i.InvitedAt).ToArray()));

    [Function("AcceptCircleInvitation")]
    public Task<IActionResult> Accept(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/invitation/accept")] HttpRequest req,
        string id,
        CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await answer.AcceptAsync(caller, circle, ct)).ToResponse(req));

    [Function("DeclineCircleInvitation")]
    public Task<IActionResult> Decline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/invitation/decline")] HttpRequest req,
        string id,
        CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await answer.DeclineAsync(caller, circle, ct)).ToNoContent(req));

    [Function("WithdrawCircleInvitation")]
    public Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "circles/{id}/invitations/{personId}")] HttpRequest req,
        string id,
        string personId,
        CancellationToken ct) =>
        api.ForMemberAsync(req, id, personId, async (caller, circle, person) => (await withdraw.ExecuteAsync(caller, circle, person, ct)).ToResponse(req));
}
