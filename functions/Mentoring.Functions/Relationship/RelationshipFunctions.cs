using Mentoring.Core.Relationship;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Relationship;

/// <summary>A circle's agreement (read, write, confirm, extend) and its relationship pulse (read, answer): members only.</summary>
public sealed class RelationshipFunctions(Api api, AgreementActions agreements, Pulses pulses)
{
    [Function("ReadAgreement")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/agreement")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await agreements.ReadAsync(caller, circle, ct)).Map(AgreementResponse.From).ToJsonResponse(req));

    [Function("WriteAgreement")]
    public Task<IActionResult> Write(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/agreement")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<AgreementDraft>(req, id, async (caller, circle, draft) =>
            (await agreements.WriteAsync(caller, circle, draft, ct)).Map(AgreementResponse.From).ToJsonResponse(req), ct);

    [Function("ConfirmAgreement")]
    public Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/agreement/confirmations")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<ConfirmRequest>(req, id, async (caller, circle, body) =>
            (await agreements.ConfirmAsync(caller, circle, body.Version, ct)).Map(AgreementResponse.From).ToJsonResponse(req), ct);

    [Function("ExtendAgreement")]
    public Task<IActionResult> Extend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/agreement/extensions")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<ExtendRequest>(req, id, async (caller, circle, body) =>
            (await agreements.ExtendAsync(caller, circle, body.Months, ct)).Map(AgreementResponse.From).ToJsonResponse(req), ct);

    [Function("ReadPulse")]
    public Task<IActionResult> ReadPulse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/pulse")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await pulses.ReadAsync(caller, circle, ct)).Map(PulseResponse.From).ToJsonResponse(req));

    [Function("AnswerPulse")]
    public Task<IActionResult> AnswerPulse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/pulse/answers")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<PulseDraft>(req, id, async (caller, circle, draft) =>
            (await pulses.AnswerAsync(caller, circle, draft, ct)).Map(PulseResponse.From).ToJsonResponse(req), ct);
}

/// <summary>The version the caller read and agrees to.</summary>
public sealed record ConfirmRequest(int? Version);

/// <summary>How many months to add to the agreed duration.</summary>
public sealed record ExtendRequest(int? Months);
