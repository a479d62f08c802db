using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Time;
using Microsoft.AspNetCore.WebUtilities;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>GET /v1.0/users/{id}/calendarView/delta: a mailbox's instances in a window, then only what changed since.</summary>
/// <remarks>
/// As documented (learn.microsoft.com/graph/api/event-delta, /graph/delta-query-events): the first request names the window
/// (startDateTime and endDateTime, both required) and lists the single instances, occurrences and exceptions in it, never
/// series masters, page by page with <c>@odata.nextLink</c> (<c>Prefer: odata.maxpagesize</c>, <see cref="PageSize"/> by
/// default), the last page carrying <c>@odata.deltaLink</c>; that link, called later, lists the instances of the events
/// changed since, in their latest state, and as <c>{"id", "@removed": {"reason": "deleted"}}</c> those deleted or cancelled.
/// The window and the position are carried inside the tokens; a token of another tenant or mailbox is refused (stricter:
/// Graph's answer to a forged token is not documented).
/// </remarks>
internal static class CalendarDeltaEndpoints
{
    public const int PageSize = 10;

    public static void MapCalendarDelta(this IEndpointRouteBuilder app, CalendarStore store)
    {
        // Kiota sends the function with its parentheses: ".../calendarView/delta()".
        app.MapGet("/v1.0/users/{userId}/calendarView/delta", (string userId, HttpRequest request) => Delta(userId, request, store));
        app.MapGet("/v1.0/users/{userId}/calendarView/delta()", (string userId, HttpRequest request) => Delta(userId, request, store));
    }

    private static IResult Delta(string userId, HttpRequest request, CalendarStore store)
    {
        if (DemoDirectory.Find(userId) is not { } user)
            return GraphRequest.UnknownUser(userId);
        var skip = request.Query["$skiptoken"].ToString();
        var delta = request.Query["$deltatoken"].ToString();
        DeltaState? state;
        if (skip.Length == 0 && delta.Length == 0)
        {
            if (Utc(request.Query["startDateTime"]) is not { } from || Utc(request.Query["endDateTime"]) is not { } to || to <= from)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "ErrorInvalidParameter",
                    "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
            state = new DeltaState(user.TenantId, user.Id, from.Ticks, to.Ticks, store.Changes.Version, 0);
        }
        else if ((state = DeltaState.Read(skip.Length > 0 ? skip : delta)) is null || state.Tenant != user.TenantId || state.Mailbox != user.Id)
            return GraphErrors.BadRequest("Badly formed or foreign delta token.");

        var zone = GraphTime.PreferredZone(request);
        var size = MaxPageSize(request);
        lock (store.Gate)
        {
            if (delta.Length > 0)
                return Changes(request, state, store, zone);
            var all = store.VisibleTo(user.Id).SelectMany(e => Instances(e, state, zone)).ToList();
            var body = Body(request, all.Skip(state.Offset).Take(size));
            var next = state.Offset + size;
            body[next < all.Count ? "@odata.nextLink" : "@odata.deltaLink"] = next < all.Count
                ? Link(request, user, "$skiptoken", state with { Offset = next })
                : Link(request, user, "$deltatoken", state with { Offset = 0 });
            return GraphRequest.Json(body);
        }
    }

    private static IResult Changes(HttpRequest request, DeltaState state, CalendarStore store, string zone)
    {
        var entries = new List<JsonNode>();
        var changed = store.Changes.Since(state.Version, state.Mailbox).GroupBy(c => c.Event.Id).Select(g => g.Last());
        foreach (var change in changed)
        {
            var current = store.Find(change.Event.Id);
            var present = current is not null && current.IsVisibleTo(state.Mailbox);
            if (present)
                entries.AddRange(Instances(current!, state, zone));
            var gone = present ? Cancelled(current!, state) : [change.Event.Id, .. Instances(change.Event, state, zone).Select(i => i["id"]!.GetValue<string>())];
            entries.AddRange(gone.Distinct().Select(id => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.event",
                ["id"] = id,
                ["@removed"] = new JsonObject { ["reason"] = "deleted" },
            }));
        }

        var body = Body(request, entries);
        body["@odata.deltaLink"] = Link(request, DemoDirectory.Find(state.Mailbox.ToString())!, "$deltatoken", state with { Version = store.Changes.Version, Offset = 0 });
        return GraphRequest.Json(body);
    }

    private static IEnumerable<JsonNode> Instances(StoredEvent stored, DeltaState state, string zone)
    {
        var (from, to) = (new DateTime(state.From, DateTimeKind.Utc), new DateTime(state.To, DateTimeKind.Utc));
        if (stored.Recurrence is not null)
            return OccurrenceExpander.Expand(stored, from, to).Select(o => (JsonNode)EventRenderer.Render(stored, zone, o));
        var start = GraphTime.ReadUtc(stored.Json["start"]);
        var end = GraphTime.ReadUtc(stored.Json["end"]) ?? start;
        return start < to && end > from ? [EventRenderer.Render(stored, zone)] : [];
    }

    private static IEnumerable<string> Cancelled(StoredEvent stored, DeltaState state) =>
        stored.Cancelled.Where(c => c >= new DateTime(state.From, DateTimeKind.Utc).AddDays(-1) && c < new DateTime(state.To, DateTimeKind.Utc))
            .Select(c => EventIds.Occurrence(stored.Id, c));

    private static JsonObject Body(HttpRequest request, IEnumerable<JsonNode> value) => new()
    {
        ["@odata.context"] = GraphRequest.Context(request, "Collection(event)"),
        ["value"] = new JsonArray([.. value.Select(v => v.DeepClone())]),
    };

    private static int MaxPageSize(HttpRequest request)
    {
        var prefer = request.Headers["Prefer"].ToString();
        var at = prefer.IndexOf("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && int.TryParse(prefer[(at + 18)..].Split(',', ';')[0], out var n) && n > 0 ? Math.Min(n, 1000) : PageSize;
    }

    private static string Link(HttpRequest request, DemoUser user, string name, DeltaState state) =>
        $"{request.Scheme}://{request.Host}/v1.0/users/{user.Id}/calendarView/delta?{name}={state.Write()}";

    private static DateTime? Utc(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value.UtcDateTime : null;

    /// <summary>What a token carries: tenant, mailbox, the window (UTC ticks), the change it starts after, the page.</summary>
    private sealed record DeltaState(Guid Tenant, Guid Mailbox, long From, long To, long Version, int Offset)
    {
        public string Write() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Tenant}|{Mailbox}|{From}|{To}|{Version}|{Offset}")));

        public static DeltaState? Read(string token)
        {
            try
            {
                var p = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|');
                return p.Length == 6 && Guid.TryParse(p[0], out var tenant) && Guid.TryParse(p[1], out var mailbox)
                    && long.TryParse(p[2], CultureInfo.InvariantCulture, out var from) && long.TryParse(p[3], CultureInfo.InvariantCulture, out var to)
                    && long.TryParse(p[4], CultureInfo.InvariantCulture, out var version) && int.TryParse(p[5], CultureInfo.InvariantCulture, out var offset)
                    ? new DeltaState(tenant, mailbox, from, to, version, offset)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
