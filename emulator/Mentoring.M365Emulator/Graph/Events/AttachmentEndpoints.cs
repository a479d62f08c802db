using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>File attachments on events and on single occurrences: POST (up to 3 MB, larger files need an upload session in Graph), GET list, DELETE.</summary>
internal static class AttachmentEndpoints
{
    public const int MaxBytes = 3 * 1024 * 1024;

    public static void MapAttachments(this IEndpointRouteBuilder app, CalendarStore store, TimeProvider time)
    {
        var attachments = app.MapGroup("/v1.0/users/{userId}/events/{eventId}/attachments");
        attachments.MapPost("", async (string userId, string eventId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            if (await GraphRequest.ReadObjectAsync(request) is not { } body)
                return GraphErrors.BadRequest("The request body is not a JSON object.");
            if (body["@odata.type"]?.GetValue<string>() != "#microsoft.graph.fileAttachment")
                return GraphErrors.BadRequest("Only #microsoft.graph.fileAttachment is supported.");
            byte[] content;
            try
            {
                content = Convert.FromBase64String(body["contentBytes"]?.GetValue<string>() ?? "");
            }
            catch (FormatException)
            {
                return GraphErrors.BadRequest("contentBytes is not valid base64.");
            }

            if (content.Length > MaxBytes)
                return GraphErrors.Result(StatusCodes.Status413PayloadTooLarge, "ErrorRequestEntityTooLarge",
                    "The attachment exceeds 3 MB; use an upload session.");
            lock (store.Gate)
            {
                var (stored, occurrence) = EventLookup.Find(store, user, eventId);
                if (stored is null)
                    return GraphErrors.NotFound("object");
                if (stored.Organizer.Id != user.Id)
                    return AttendeeCopyReadOnly();
                var attachment = (JsonObject)body.DeepClone();
                attachment["id"] = "AAMkAGVtdWxhdG9yATT" + Guid.NewGuid().ToString("N").ToUpperInvariant();
                attachment["size"] = content.Length;
                attachment["isInline"] ??= false;
                attachment["lastModifiedDateTime"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
                stored.AttachmentsOf(occurrence).Add(attachment);
                store.Touch(stored);
                var response = (JsonObject)attachment.DeepClone();
                response["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/events('{eventId}')/attachments/$entity");
                return GraphRequest.Json(response, StatusCodes.Status201Created);
            }
        });

        attachments.MapGet("", (string userId, string eventId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            lock (store.Gate)
            {
                var (stored, occurrence) = EventLookup.Find(store, user, eventId);
                if (stored is null)
                    return GraphErrors.NotFound("object");
                return GraphRequest.Json(new JsonObject
                {
                    ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/events('{eventId}')/attachments"),
                    ["value"] = new JsonArray(EventRenderer.AttachmentsSeen(stored, occurrence, user.Id).Select(a => (JsonNode)a.DeepClone()).ToArray()),
                });
            }
        });

        attachments.MapDelete("/{attachmentId}", (string userId, string eventId, string attachmentId) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            lock (store.Gate)
            {
                var (stored, occurrence) = EventLookup.Find(store, user, eventId);
                if (stored is not null && stored.Organizer.Id != user.Id)
                    return AttendeeCopyReadOnly();
                var removed = stored?.AttachmentsOf(occurrence).RemoveAll(a => a["id"]?.GetValue<string>() == attachmentId) ?? 0;
                if (removed == 0)
                    return GraphErrors.NotFound("object");
                store.Touch(stored!);
                return Results.NoContent();
            }
        });
    }

    /// <summary>An attendee's changes to their own copy never reach anyone; the emulator refuses them rather than model them (stricter).</summary>
    public static IResult AttendeeCopyReadOnly() => GraphErrors.Result(StatusCodes.Status403Forbidden, "ErrorAccessDenied",
        "The emulator keeps an attendee's copy of a meeting read-only: only the organizer changes a meeting (an attendee may respond).");
}
