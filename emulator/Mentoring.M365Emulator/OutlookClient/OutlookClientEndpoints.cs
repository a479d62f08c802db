using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Clients;
using Mentoring.M365Emulator.Graph;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.OutlookClient;

/// <summary>
/// The Outlook client page (/outlook/): sign in as a demo person, their calendar (read through this emulator's Graph), and a
/// new-appointment form hosting the app's task pane in an iframe. What Outlook does against Exchange, and Graph has no
/// request for, is here: save a draft (in the organizer's calendar only: nobody is invited, no Teams meeting yet), send it
/// (the same item, now with its attendees' copies and, toggle on, its Teams meeting and chat), discard it.
/// </summary>
internal static class OutlookClientEndpoints
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["outlook-client.js"] = "text/javascript; charset=utf-8",
        ["office.js"] = "text/javascript; charset=utf-8",
        ["office-host.js"] = "text/javascript; charset=utf-8",
        ["office-item.js"] = "text/javascript; charset=utf-8",
        ["outlook-client.css"] = "text/css; charset=utf-8",
    };

    public static void MapOutlookClient(IEndpointRouteBuilder app, CalendarStore store, TimeProvider time, EmulatorPermissions permissions, OutlookSync sync)
    {
        app.MapClientFiles("/outlook", "OutlookClient", Files);

        var items = app.MapGroup("/outlook/api/users/{userId}/items");
        items.MapGet("/profile", (string userId) => DemoDirectory.Find(userId) is { } user
            ? Results.Json(new { timeZone = Time.GraphTime.WindowsName(user.TimeZone) }) // mailboxSettings.timeZone, as Graph names it
            : GraphRequest.UnknownUser(userId));
        items.MapPost("", async (string userId, HttpRequest request) =>
            await WithItemAsync(userId, request, (user, body, recurrence) =>
            {
                lock (store.Gate)
                {
                    var draftId = body["id"]?.GetValue<string>();
                    if (draftId is not null && store.Find(draftId) is { } existing && !IsDraft(existing))
                        return GraphErrors.Result(StatusCodes.Status409Conflict, "ErrorItemSent", "This item was already sent.");

                    // A draft: in the organizer's calendar only; Teams adds the meeting when Outlook sends the item.
                    var content = Without(body, "id");
                    content["isOnlineMeeting"] = false;
                    var draft = EventFactory.Create(content, user, time.GetUtcNow(), id: draftId);
                    draft.Json["isDraft"] = true;
                    draft.Attendees.Clear();
                    draft.Recurrence = recurrence;
                    sync.Deliver(draft.Id, () =>
                    {
                        lock (store.Gate)
                            store.Add(draft);
                    });
                    return Results.Json(new { id = draft.Id });
                }
            }));

        items.MapPost("/send", async (string userId, HttpRequest request) =>
            await WithItemAsync(userId, request, (user, body, recurrence) =>
            {
                lock (store.Gate)
                {
                    var draftId = body["id"]?.GetValue<string>();
                    if (draftId is not null)
                        sync.Cancel(draftId); // sending supersedes a save still on its way to the server
                    var existing = draftId is null ? null : store.Find(draftId);
                    if (existing is not null && !IsDraft(existing))
                        return Results.Json(new { id = existing.Id }); // sent already: a second Send changes nothing

                    var sent = EventFactory.Create(Without(body, "id"), user, time.GetUtcNow(), permissions.HasTeamsLicence(user.Id), existing?.Id);
                    sent.Json["isDraft"] = false;
                    sent.Recurrence = recurrence;
                    store.Add(sent);
                    return Results.Json(new { id = sent.Id });
                }
            }));

        items.MapDelete("/{itemId}", (string userId, string itemId) =>
        {
            lock (store.Gate)
            {
                // Closing the form discards its draft; a sent item is left alone (deleting it would cancel the meeting).
                if (store.Find(itemId) is { } draft && draft.Organizer.Id.ToString() == userId && IsDraft(draft))
                    store.Remove(itemId);
                return Results.NoContent();
            }
        });
    }

    private static async Task<IResult> WithItemAsync(string userId, HttpRequest request, Func<DemoUser, JsonObject, Recurrence.GraphRecurrence?, IResult> handle)
    {
        if (DemoDirectory.Find(userId) is not { } user)
            return GraphRequest.UnknownUser(userId);
        if (await GraphRequest.ReadObjectAsync(request) is not { } body)
            return GraphErrors.BadRequest("The request body is not a JSON object.");
        InWindowsZones(body);
        if (GraphZoneNames.FirstRefused(body) is { } refused)
            return GraphErrors.TimeZoneNotSupported(refused);
        var error = EventValidation.Check(body, out var recurrence);
        return error.Length > 0 ? GraphErrors.BadRequest(error) : handle(user, body, recurrence);
    }

    /// <summary>Outlook names zones in Windows terms (the page knows the person's IANA zone): Toronto is "Eastern Standard Time".</summary>
    private static void InWindowsZones(JsonObject body)
    {
        foreach (var holder in new[] { body["start"], body["end"], body["recurrence"]?["range"] }.OfType<JsonObject>())
        {
            var property = holder.ContainsKey("recurrenceTimeZone") ? "recurrenceTimeZone" : "timeZone";
            if (holder[property]?.GetValue<string>() is { } zone && TimeZoneInfo.TryConvertIanaIdToWindowsId(zone, out var windows))
                holder[property] = windows;
        }
    }

    private static bool IsDraft(StoredEvent stored) => stored.Json["isDraft"]?.GetValue<bool>() == true;

    private static JsonObject Without(JsonObject body, string name)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(name);
        return copy;
    }
}
