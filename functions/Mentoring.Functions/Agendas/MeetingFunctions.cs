using Mentoring.Core.Meetings;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>The meeting side panel's first call: from the Teams context (chat thread id or join URL) to the member's circle and session.</summary>
public sealed class MeetingFunctions(Api api, FindMeeting find)
{
    [Function("FindMeetingByThread")]
    public Task<IActionResult> ByThread([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "meetings/{chatThreadId}")] HttpRequest req, string chatThreadId, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await find.ByChatThreadAsync(caller, Uri.UnescapeDataString(chatThreadId), ct)).Map(MeetingResponse.From).ToJsonResponse(req));

    [Function("FindMeetingByJoinUrl")]
    public Task<IActionResult> ByJoinUrl([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "meetings")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await find.ByJoinUrlAsync(caller, req.Query["joinUrl"].ToString(), ct)).Map(MeetingResponse.From).ToJsonResponse(req));
}
