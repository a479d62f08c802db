using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item;
using Microsoft.Kiota.Abstractions;
using GraphAttendee = Microsoft.Graph.Models.Attendee;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Applies a change to a series master's attendees: read them with the event's ETag, change, PATCH with If-Match.</summary>
/// <remarks>
/// A plain PATCH replaces the whole list, so two changes at the same moment would leave whichever wrote last. Graph answers
/// a PATCH whose If-Match no longer matches the event's <c>@odata.etag</c> with 412 (<c>ErrorIrresolvableConflict</c>,
/// "the change key passed in the request does not match the current change key for the item"), and <c>changeKey</c>
/// changes with every update (https://learn.microsoft.com/graph/api/resources/event, property changeKey;
/// https://learn.microsoft.com/graph/errors, 412 Precondition Failed): then the attendees are read again and the change
/// re-applied, <see cref="MaxAttempts"/> times at most. The last 412 surfaces as unavailable, so the intent stays and the
/// scheduling timer finishes it.
/// </remarks>
internal static class GraphAttendees
{
    /// <summary>Writers racing on one series are members changing one circle: a handful at most.</summary>
    public const int MaxAttempts = 5;

    public static async Task<Unit> UpdateAsync(EventItemRequestBuilder series, AttendeeChange change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await series.GetAsync(r => r.QueryParameters.Select = ["attendees"], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Graph returned no event.");
            var current = (read.Attendees ?? []).Where(a => a.EmailAddress?.Address is not null).ToArray();
            var edit = change.ApplyTo([.. current.Select(a => a.EmailAddress!.Address!)]);
            if (edit.ChangesNothing)
            {
                // Also how a retry ends when its first attempt was carried out but its answer lost.
                return Unit.Value;
            }

            try
            {
                await series.PatchAsync(Body(current, edit), r => r.Headers.Add("If-Match", ETag(read)), cancellationToken).ConfigureAwait(false);
                return Unit.Value;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 412 && attempt < MaxAttempts)
            {
                // Someone wrote the event since it was read: read it again.
            }
        }
    }

    /// <summary>The event's ETag as Graph sends it (<c>W/"changeKey"</c>), rebuilt from changeKey if a response lacked it.</summary>
    private static string ETag(Event read) =>
        read.AdditionalData.TryGetValue("@odata.etag", out var etag) && etag is string text ? text
        : read.ChangeKey is { } key ? $"W/\"{key}\""
        : throw new InvalidOperationException("Graph returned an event without its ETag.");

    // New objects: Kiota sends an object read from a response as {} (its backing store has no changes).
    private static Event Body(IEnumerable<GraphAttendee> current, AttendeeEdit edit)
    {
        var kept = current.Where(a => edit.Kept.Contains(a.EmailAddress!.Address!, StringComparer.OrdinalIgnoreCase)).Select(a => new GraphAttendee
        {
            Type = a.Type ?? AttendeeType.Required,
            EmailAddress = new EmailAddress { Address = a.EmailAddress!.Address, Name = a.EmailAddress.Name },
        });
        var added = edit.Added.Select(a => new GraphAttendee
        {
            Type = AttendeeType.Required,
            EmailAddress = new EmailAddress { Address = a.Email, Name = a.DisplayName },
        });
        return new Event { Attendees = [.. kept, .. added] };
    }
}
