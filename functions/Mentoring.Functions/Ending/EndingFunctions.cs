using Mentoring.Core.Ending;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Ending;

/// <summary>A circle's end question (read, answer: extend or close), two weeks before its agreed end: members only.</summary>
public sealed class EndingFunctions(Api api, EndingActions endings)
{
    [Function("ReadEnding")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/ending")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
            (await endings.ReadAsync(caller, circle, ct)).Map(EndingResponse.From).ToJsonResponse(req));

    [Function("AnswerEnding")]
    public Task<IActionResult> Answer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/ending/answers")] HttpRequest req, string id, CancellationToken ct) =>
        api.ForCircleAsync<EndingDraft>(req, id, async (caller, circle, draft) =>
            (await endings.AnswerAsync(caller, circle, draft, ct)).Map(EndingResponse.From).ToJsonResponse(req), ct);
}

/// <summary>The end question for the reader. <c>open</c>: they may answer now; <c>placeAgain</c>: the circle closed, the tab asks
/// them to place themselves once more on their objectives (the goals' placement) and to thank the other.</summary>
public sealed record EndingResponse(bool Open, DateTimeOffset? EndsAt, int MaxMonths, string? MyChoice, int? MyMonths, bool Closed, bool PlaceAgain)
{
    public static EndingResponse From(EndingQuestion q) => new(
        q.Round is not null && q.Mine is null && !q.Closed, q.EndsAt, q.MaxMonths, q.Mine?.Choice.ToString().ToLowerInvariant(),
        q.Mine?.Choice == EndingChoice.Extend ? q.Mine.Months : null, q.Closed, q.Closed);
}
