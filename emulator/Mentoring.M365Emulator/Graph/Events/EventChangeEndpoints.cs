using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Update, delete and cancel: on a master they act on the series, on an occurrence id on that instance.</summary>
internal static class EventChangeEndpoints
{
    public static void MapEventChanges(this IEndpointRouteBuilder app, CalendarStore store, TimeProvider time)
    {
        var events = app.MapGroup("/v1.0/users/{userId}/events/{eventId}");
        events.MapPatch("", async (string userId, string eventId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            if (await GraphRequest.ReadObjectAsync(request) is not { } body)
                return GraphErrors.BadRequest("The request body is not a JSON object.");
            if (GraphZoneNames.FirstRefused(body) is { } refused)
                return GraphErrors.TimeZoneNotSupported(refused);
            lock (store.Gate)
            {
                var (stored, occurrence) = EventLookup.Find(store, user, eventId);
                if (stored is null)
                    return GraphErrors.NotFound("object");
                if (stored.Organizer.Id != user.Id)
                    return AttachmentEndpoints.AttendeeCopyReadOnly();
                if (EventPreconditions.Check(request, EventRenderer.Render(stored, "UTC", occurrence)) is { } stale)
                    return stale;
                if (body["body"] is not null)
                    body["body"] = ExchangeHtml.RewriteBody(body["body"]);
                var attendeesBefore = stored.Attendees.ToHashSet();
                var error = occurrence is null
                    ? EventUpdater.UpdateSeries(stored, body, time.GetUtcNow())
                    : EventUpdater.UpdateOccurrence(stored, occurrence, body);
                if (error.Length > 0)
                    return GraphErrors.BadRequest(error);
                store.Touch(stored);
                var refreshed = occurrence is null ? null : OccurrenceExpander.Find(stored, occurrence.OriginalStartUtc);
                MeetingMail.Updated(store, stored, refreshed ?? occurrence, [.. body.Select(p => p.Key)], attendeesBefore, time.GetUtcNow());
                return EventEndpoints.Render(request, user, stored, refreshed);
            }
        });

        events.MapDelete("", (string userId, string eventId) => Cancel(store, time, userId, eventId, StatusCodes.Status204NoContent));

        events.MapPost("/cancel", async (string userId, string eventId, HttpRequest request) =>
        {
            // The comment goes to attendees with the cancellation (recorded in their meeting messages, without its text).
            _ = await GraphRequest.ReadObjectAsync(request);
            return Cancel(store, time, userId, eventId, StatusCodes.Status202Accepted);
        });

        app.MapEventResponses(store, time);
    }

    private static IResult Cancel(CalendarStore store, TimeProvider time, string userId, string eventId, int status)
    {
        if (DemoDirectory.Find(userId) is not { } user)
            return GraphRequest.UnknownUser(userId);
        lock (store.Gate)
        {
            var (stored, occurrence) = EventLookup.Find(store, user, eventId);
            if (stored is null)
                return GraphErrors.NotFound("object");
            if (stored.Organizer.Id != user.Id)
            {
                // An attendee deleting the event only removes it from their own calendar.
                if (status == StatusCodes.Status202Accepted)
                    return GraphErrors.BadRequest("Your request can't be completed. You need to be an organizer to cancel a meeting.");
                stored.Attendees.Remove(user.Id);
                store.Touch(stored, "deleted", user.Id);
            }
            else if (occurrence is null)
            {
                MeetingMail.Cancelled(store, stored, null, time.GetUtcNow());
                store.Remove(stored.Id);
            }
            else
            {
                MeetingMail.Cancelled(store, stored, occurrence, time.GetUtcNow());
                stored.Cancelled.Add(occurrence.OriginalStartUtc);
                stored.Exceptions.Remove(occurrence.OriginalStartUtc);
                store.Touch(stored);
            }

            return Results.StatusCode(status);
        }
    }
}
