namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>An attendee's answer to a meeting: POST .../events/{id}/accept, tentativelyAccept, decline, on their own copy.</summary>
/// <remarks>
/// https://learn.microsoft.com/graph/api/event-accept (and event-tentativelyaccept, event-decline): 202 Accepted, body
/// <c>{comment, sendResponse}</c>. The response is the attendee's (their copy's <c>responseStatus</c>) and the organizer reads it
/// in <c>attendees[].status</c>. Only an attendee can respond: the organizer's answer is refused, as Exchange refuses it
/// ("You can't respond to this meeting because you're the meeting organizer.").
/// </remarks>
internal static class EventResponseEndpoints
{
    private static readonly Dictionary<string, string> Responses = new(StringComparer.Ordinal)
    {
        ["accept"] = "accepted",
        ["tentativelyAccept"] = "tentativelyAccepted",
        ["decline"] = "declined",
    };

    public static void MapEventResponses(this IEndpointRouteBuilder app, CalendarStore store, TimeProvider time)
    {
        foreach (var (action, response) in Responses)
        {
            app.MapPost($"/v1.0/users/{{userId}}/events/{{eventId}}/{action}", async (string userId, string eventId, HttpRequest request) =>
            {
                if (DemoDirectory.Find(userId) is not { } user)
                    return GraphRequest.UnknownUser(userId);
                _ = await GraphRequest.ReadObjectAsync(request);
                lock (store.Gate)
                {
                    var (stored, _) = EventLookup.Find(store, user, eventId);
                    if (stored is null)
                        return GraphErrors.NotFound("object");
                    if (stored.Organizer.Id == user.Id)
                        return GraphErrors.BadRequest("You can't respond to this meeting because you're the meeting organizer.");
                    var copy = stored.CopyFor(user.Id);
                    copy.Response = response;
                    copy.ResponseTime = time.GetUtcNow();
                    return Results.StatusCode(StatusCodes.Status202Accepted);
                }
            });
        }
    }
}
