using Mentoring.Core.Notes;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Agendas;

/// <summary>My private notes on a session: only ever mine, whatever the route.</summary>
public sealed class NoteFunctions(Api api, PrivateNotes notes)
{
    [Function("WriteNote")]
    public Task<IActionResult> Write([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "circles/{id}/sessions/{sessionId}/note")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync<NoteRequest>(req, id, async (caller, circle, body) => (await notes.WriteAsync(caller, circle, sessionId, body.Text, ct)).Map(NoteResponse.From).ToJsonResponse(req), ct);

    [Function("ReadNote")]
    public Task<IActionResult> Read([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/sessions/{sessionId}/note")] HttpRequest req, string id, string sessionId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => (await notes.ReadAsync(caller, circle, sessionId, ct)).Map(NoteResponse.From).ToJsonResponse(req));

    [Function("ReadNoteById")]
    public Task<IActionResult> ReadById([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "circles/{id}/notes/{noteId}")] HttpRequest req, string id, string noteId, CancellationToken ct) =>
        api.ForCircleAsync(req, id, async (caller, circle) => Guid.TryParse(noteId, out var note)
            ? (await notes.ReadByIdAsync(caller, circle, note, ct)).Map(NoteResponse.From).ToJsonResponse(req)
            : Routes.InvalidId(req, "noteId"));
}
