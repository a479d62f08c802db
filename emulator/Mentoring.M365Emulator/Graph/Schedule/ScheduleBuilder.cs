using System.Text;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Graph.Users;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Schedule;

/// <summary>One scheduleInformation: the mailbox's busy items (series occurrences included) and working hours.</summary>
internal static class ScheduleBuilder
{
    public static JsonObject Build(CalendarStore store, DemoUser user, DateTime fromUtc, DateTime toUtc, int intervalMinutes, string zone)
    {
        var items = Items(store, user, fromUtc, toUtc).OrderBy(i => i.Start).ToList();
        return new JsonObject
        {
            ["scheduleId"] = user.UserPrincipalName,
            ["availabilityView"] = AvailabilityView(items, fromUtc, toUtc, intervalMinutes),
            ["scheduleItems"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject
            {
                ["isPrivate"] = false,
                ["status"] = i.Status,
                ["subject"] = i.Subject,
                ["location"] = "",
                ["start"] = GraphTime.Write(i.Start, zone),
                ["end"] = GraphTime.Write(i.End, zone),
            }).ToArray()),
            ["workingHours"] = UserEndpoints.WorkingHours(user),
        };
    }

    private static IEnumerable<(DateTime Start, DateTime End, string Status, string Subject)> Items(
        CalendarStore store, DemoUser user, DateTime fromUtc, DateTime toUtc)
    {
        foreach (var stored in store.VisibleTo(user.Id))
        {
            var status = stored.Json["showAs"]?.GetValue<string>() ?? "busy";
            var subject = stored.Json["subject"]?.GetValue<string>() ?? "";
            if (stored.Recurrence is not null)
            {
                foreach (var o in OccurrenceExpander.Expand(stored, fromUtc, toUtc))
                    yield return (o.StartUtc, o.EndUtc, status, subject);
            }
            else if (GraphTime.ReadUtc(stored.Json["start"]) is { } start && GraphTime.ReadUtc(stored.Json["end"]) is { } end
                     && start < toUtc && end > fromUtc)
                yield return (start, end, status, subject);
        }
    }

    // One digit per interval: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere.
    private static string AvailabilityView(
        IReadOnlyList<(DateTime Start, DateTime End, string Status, string Subject)> items, DateTime fromUtc, DateTime toUtc, int minutes)
    {
        var view = new StringBuilder();
        for (var slot = fromUtc; slot < toUtc; slot = slot.AddMinutes(minutes))
        {
            var slotEnd = slot.AddMinutes(minutes);
            var digit = items.Where(i => i.Start < slotEnd && i.End > slot).Select(i => Digit(i.Status)).DefaultIfEmpty(0).Max();
            view.Append((char)('0' + digit));
        }

        return view.ToString();
    }

    private static int Digit(string status) => status switch
    {
        "tentative" => 1,
        "busy" => 2,
        "oof" => 3,
        "workingElsewhere" => 4,
        _ => 0,
    };
}
