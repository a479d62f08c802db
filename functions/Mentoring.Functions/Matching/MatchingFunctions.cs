using Mentoring.Core.Common;
using Mentoring.Core.Matching;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Matching;

/// <summary>Profiles, mentor suggestions and mentor requests. Each trigger authenticates, binds, calls one use case and maps its result.</summary>
public sealed class MatchingFunctions(Api api, MyProfile profile, FindMentors mentors, SendMentorRequest send, AnswerMentorRequest answer)
{
    [Function("GetMyProfile")]
    public Task<IActionResult> GetProfile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/profile")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => WithETag((await profile.GetAsync(caller, ct)).Map(ProfileResponse.From), req));

    [Function("PutMyProfile")]
    public Task<IActionResult> PutProfile([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me/profile")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<ProfileDraft>(req, async (caller, draft) => WithETag((await profile.SaveAsync(caller, draft, Api.IfMatch(req), ct)).Map(ProfileResponse.From), req), ct);

    [Function("MentorSuggestions")]
    public Task<IActionResult> Suggestions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/mentor-suggestions")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await mentors.SuggestAsync(caller, cancellationToken: ct))
            .Map(list => list.Select(s => SuggestionResponse.From(s, Language.PrefersEnglish(req))).ToArray()).ToJsonResponse(req));

    [Function("MentorRequestDraft")]
    public Task<IActionResult> Draft([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "mentor-requests/draft")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await mentors.DraftAsync(caller, req.Query["mentor"].FirstOrDefault(), Language.PrefersEnglish(req), ct))
            .Map(text => new DraftResponse(text)).ToJsonResponse(req));

    [Function("SendMentorRequest")]
    public Task<IActionResult> Send([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mentor-requests")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<MentorRequestBody>(req, async (caller, body) => (await send.ExecuteAsync(caller, body, Api.IdempotencyKey(req), ct))
            .Map(r => MentorRequestResponse.From(r, caller.Id)).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("ListMyMentorRequests")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/mentor-requests")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse((await answer.ListAsync(caller, ct)).Select(r => MentorRequestResponse.From(r, caller.Id)).ToArray()));

    [Function("AcceptMentorRequest")]
    public Task<IActionResult> Accept([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mentor-requests/{id}/accept")] HttpRequest req, string id, CancellationToken ct) =>
        Answer(req, id, answer.AcceptAsync, ct);

    [Function("DeclineMentorRequest")]
    public Task<IActionResult> Decline([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mentor-requests/{id}/decline")] HttpRequest req, string id, CancellationToken ct) =>
        Answer(req, id, answer.DeclineAsync, ct);

    private Task<IActionResult> Answer(HttpRequest req, string id, Func<Core.People.Caller, Guid, AnswerBody, CancellationToken, Task<Result<MentorRequest>>> act, CancellationToken ct) =>
        api.RunAsync(req, async caller =>
        {
            if (!Guid.TryParse(id, out var requestId))
            {
                return Problems.From([Error.Invalid("id", "id.invalid")], req);
            }

            // The word is optional: an empty body is a plain answer.
            var body = req.ContentLength == 0 ? Result<AnswerBody>.Success(new AnswerBody()) : await RequestBody.ReadAsync<AnswerBody>(req, ct);
            return body.IsSuccess
                ? (await act(caller, requestId, body.Value, ct)).Map(r => MentorRequestResponse.From(r, caller.Id)).ToJsonResponse(req)
                : Problems.From(body.Errors, req);
        });

    private static IActionResult WithETag(Result<ProfileResponse> result, HttpRequest req)
    {
        var response = result.ToJsonResponse(req);
        if (result.IsSuccess && response is JsonResponse json)
        {
            json.Headers["ETag"] = result.Value.Version;
        }

        return response;
    }
}
