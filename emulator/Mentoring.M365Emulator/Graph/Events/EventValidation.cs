using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Recurrence;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>The checks Graph makes on an event's times and recurrence before storing it.</summary>
internal static class EventValidation
{
    /// <summary>Returns an error message, or "" and the parsed recurrence (null for a single event).</summary>
    public static string Check(JsonObject json, out GraphRecurrence? recurrence)
    {
        recurrence = null;
        if (GraphTime.Read(json["start"]) is not { } start)
            return "The event's start is missing or has an unknown time zone.";
        if (GraphTime.Read(json["end"]) is not { } end)
            return "The event's end is missing or has an unknown time zone.";
        if (GraphTime.ToUtc(end.Local, end.Zone) < GraphTime.ToUtc(start.Local, start.Zone))
            return "The event's end is before its start.";
        if (json["recurrence"] is not { } node)
            return "";

        recurrence = GraphRecurrence.Parse(node, out var error);
        if (recurrence is null)
            return error;
        if (recurrence.StartDate != DateOnly.FromDateTime(start.Local))
        {
            // Graph refuses a series whose range does not start on the day of the event's start.
            recurrence = null;
            return "The recurrence range's startDate must be the same as the date of the event's start.";
        }

        return "";
    }
}
