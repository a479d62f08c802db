using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>One instance of a series, after exceptions are applied.</summary>
internal sealed record Occurrence(DateTime OriginalStartUtc, DateTime StartUtc, DateTime EndUtc, JsonObject? Exception)
{
    public bool IsException => Exception is not null;
}
