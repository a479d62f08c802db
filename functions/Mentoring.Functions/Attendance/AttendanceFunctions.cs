using Mentoring.Core.Attendance;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Attendance;

/// <summary>
/// A member asks the product to read a session's Teams attendance report now (it may arrive after the follow-up cards):
/// <c>POST circles/{id}/sessions/{sessionId}/attendance</c>. See docs/attendance.md.
/// </summary>
public sealed class AttendanceFunctions(Api api, RecordAttendance record)
{
    [Function("ReadAttendance")]
    public Task<IActionResult> ReadAgain(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "circles/{id}/sessions/{sessionId}/attendance")] HttpRequest req,
        string id,
        string sessionId,
        CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) =>
        {
            var recorded = await record.AgainAsync(caller, circle, sessionId, ct);
            return recorded.Map(AttendanceResponse.From).ToJsonResponse(req);
        });
}
