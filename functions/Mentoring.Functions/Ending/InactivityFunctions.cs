using Mentoring.Core.Ending;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Ending;

/// <summary>A circle's inactivity flag (read; answer for the circle: restart, pause or close): members only.</summary>
public sealed class InactivityFunctions(Api api, InactivityActions inactivity)
{
    [Function("ReadInactivity")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/inactivity")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await inactivity.ReadAsync(caller, circle, ct)).Map(InactivityResponse.From).ToJsonResponse(req));

    [Function("AnswerInactivity")]
    public Task<IActionResult> Answer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/inactivity/answers")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<InactivityDraft>(req, id, async (caller, circle, draft) =>
            (await inactivity.AnswerAsync(caller, circle, draft, ct)).Map(InactivityResponse.From).ToJsonResponse(req), ct);
}

/// <summary>The flag for the tab. <c>flagged</c>: the three choices are offered until <c>closesAt</c>; <c>choice</c>: how the
/// last flag ended (<c>restart</c>, <c>pause</c>, <c>close</c>, or <c>met</c> when a session was held meanwhile).</summary>
public sealed record InactivityResponse(bool Flagged, DateTimeOffset? RaisedAt, DateTimeOffset? ClosesAt, bool Warned, string? Choice, DateTimeOffset? ResolvedAt)
{
    public static InactivityResponse From(InactivityView v) =>
        new(v.Flagged, v.RaisedAt, v.ClosesAt, v.Warned, v.Choice is { } c ? InactivityChoices.Name(c) : null, v.ResolvedAt);
}
