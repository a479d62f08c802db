using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Graph's optimistic concurrency on Outlook items: an update sent with If-Match is carried out only if it names the item's current ETag.</summary>
/// <remarks>
/// Every event carries <c>changeKey</c> ("identifies the version of the event object. Every time the event is changed,
/// ChangeKey changes as well": https://learn.microsoft.com/graph/api/resources/event) and <c>@odata.etag</c>, <c>W/"changeKey"</c>.
/// A stale If-Match gets 412 Precondition Failed (https://learn.microsoft.com/graph/errors) with Exchange's
/// <c>ErrorIrresolvableConflict</c>, worded as Graph words it (microsoftgraph/microsoft-graph-docs-contrib#7934). The
/// comparison is exact (the weak prefix included): the docs do not say Graph accepts anything looser, so neither do we.
/// Without If-Match the update is unconditional, as in Graph: the last writer wins.
/// </remarks>
internal static class EventPreconditions
{
    public const string ConflictMessage =
        "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.";

    /// <summary>The 412 to answer, or null when the update may go on.</summary>
    public static IResult? Check(HttpRequest request, JsonObject current)
    {
        if (!request.Headers.TryGetValue("If-Match", out var values))
            return null;
        var expected = values.ToString();
        if (expected == "*" || expected == current["@odata.etag"]?.GetValue<string>())
            return null;
        return GraphErrors.Result(StatusCodes.Status412PreconditionFailed, "ErrorIrresolvableConflict", ConflictMessage);
    }

    /// <summary>Gives an event (or an occurrence's exception) a new version, as every update does.</summary>
    public static void NewVersion(JsonObject json)
    {
        var changeKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        json["changeKey"] = changeKey;
        json["@odata.etag"] = $"W/\"{changeKey}\"";
    }
}
