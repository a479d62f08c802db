using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.Graph.Pipeline;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// <c>POST /users/{userId}/teamwork/sendActivityNotification</c> (204) and <c>POST /teamwork/sendActivityNotificationToRecipients</c>
/// (202, up to 100 recipients): learn.microsoft.com/graph/api/userteamwork-sendactivitynotification and
/// teamwork-sendactivitynotificationtorecipients. Permission TeamsActivity.Send (checked by the pipeline). Checks, in order, each
/// refusing before anything is written: the rate limit (<see cref="ActivityFeedLimits"/>), the body, the sending app (the manifest
/// whose webApplicationInfo.id is the token's app), the activity type and its template parameters, the topic, and for every
/// recipient that they exist in the tenant and have the app installed.
/// </summary>
internal static class ActivityNotificationEndpoints
{
    public static void MapActivityNotifications(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapPost("/v1.0/users/{userId}/teamwork/sendActivityNotification", async (string userId, HttpRequest request) =>
            await SendAsync(connector, request, userId));
        app.MapPost("/v1.0/teamwork/sendActivityNotificationToRecipients", async (HttpRequest request) =>
            await SendAsync(connector, request, null));
    }

    private static async Task<IResult> SendAsync(BotConnectorService connector, HttpRequest request, string? userId)
    {
        var caller = (GraphCaller)request.HttpContext.Items[typeof(GraphCaller)]!;
        var bulk = userId is null;
        if (connector.ActivityFeed.TakeThrottle())
            return new ThrottledResult(1);
        if (connector.ActivityFeed.Limits.TryAcquire(caller.App, caller.Tenant, bulk) is { } wait)
            return new ThrottledResult((int)Math.Ceiling(Math.Max(wait.TotalSeconds, 0.001)));

        var (parsed, error) = ActivityRequest.Parse(await GraphRequest.ReadObjectAsync(request), bulk);
        if (parsed is null)
            return BadRequest(error!);
        var manifest = ActivityTypes.AppOf(connector.Apps, caller.App);
        var manifestId = manifest?["id"]?.ToString();
        var recipients = bulk ? parsed.Recipients : [userId!];
        if (manifest is null || manifestId is null)
            return NotAuthorized(caller.App, request.Path, recipients[0]);

        var template = Template(manifest, parsed);
        if (template.Error is { } templateError)
            return BadRequest(templateError);
        var catalogId = connector.Catalog.CatalogId(caller.Tenant, manifestId);
        if (WebUrlOf(parsed, manifest, catalogId, bulk) is not { } webUrl)
            return BadRequest(bulk
                ? "topic.entityUrl must name the app in the catalog (https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id})."
                : "topic.entityUrl must name the app's installation for the user or the app in the catalog.");

        var people = new List<TeamsPerson>();
        foreach (var id in recipients)
        {
            if (connector.People.Find(id) is not { } person || person.TenantId != caller.Tenant)
                return GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", $"User Id '{id}' not found.");
            // "The Teams app must be installed for the recipient" (teams-send-activityfeednotifications, "Requirements"); Graph's
            // words when it is not: OfficeDev/microsoft-365-agents-toolkit#6067. Stricter for the bulk action, whose 202 the
            // docs leave silent on a recipient without the app: the whole request is refused, naming them.
            if (!connector.Installations.AppsOf(person.Id).Contains(manifestId, StringComparer.OrdinalIgnoreCase))
                return NotAuthorized(caller.App, request.Path, id);
            people.Add(person);
        }

        var templatePath = ActivityTypes.TemplatePath(manifest, parsed.ActivityType);
        foreach (var person in people)
        {
            // Each person reads the app's name and the template in their own language (the package's language files).
            var actor = connector.Apps.Localized(manifestId, person.Locale, "name.short") ?? manifest["name"]?["short"]?.ToString() ?? manifestId;
            var translated = templatePath is null ? null : connector.Apps.Localized(manifestId, person.Locale, templatePath);
            var text = template.Text is null ? null : translated ?? template.Text;
            var reason = text is null ? parsed.Parameters["systemDefaultText"] : ActivityTypes.Fill(text, actor, parsed.Parameters);
            var topic = parsed.TopicSource == "text" ? parsed.TopicValue : actor;
            connector.ActivityFeed.Add(person.Id, new FeedNotification(
                Guid.NewGuid().ToString("N"), manifestId, actor, parsed.ActivityType, reason, parsed.PreviewText, topic, webUrl,
                connector.ActivityFeed.Now, parsed.ChainId));
        }

        return Results.StatusCode(bulk ? StatusCodes.Status202Accepted : StatusCodes.Status204NoContent);
    }

    /// <summary>The declared template (null text for systemDefault), or why the type or its parameters are refused.</summary>
    private static (string? Text, string? Error) Template(JsonObject manifest, ActivityRequest request)
    {
        if (request.ActivityType == ActivityTypes.SystemDefault)
            return request.Parameters.ContainsKey("systemDefaultText") ? (null, null) : (null, "The systemDefault activity type needs a systemDefaultText parameter.");
        if (ActivityTypes.TemplateOf(manifest, request.ActivityType) is not { } text)
            return (null, $"Activity type '{request.ActivityType}' is not declared in the Teams app manifest (activities.activityTypes).");
        // The parameters fill the template's placeholders ("Values for template variables defined in the activity feed entry"):
        // the docs do not say what a missing or extra one does; both are refused here, naming them.
        var expected = ActivityTypes.Placeholders(text);
        var missing = expected.Except(request.Parameters.Keys).ToArray();
        var extra = request.Parameters.Keys.Except(expected).ToArray();
        return missing.Length == 0 && extra.Length == 0 ? (text, null)
            : (null, $"templateParameters must fill exactly the template's placeholders: missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", extra)}].");
    }

    /// <summary>Where a click on the notification goes, or null when the entity URL names nothing this action takes.</summary>
    private static string? WebUrlOf(ActivityRequest request, JsonObject manifest, string catalogId, bool bulk)
    {
        if (request.TopicSource == "text")
            return request.WebUrl;
        var value = request.TopicValue;
        var names = value.EndsWith($"/appCatalogs/teamsApps/{catalogId}", StringComparison.OrdinalIgnoreCase)
            || (!bulk && value.Contains("/teamwork/installedApps/", StringComparison.OrdinalIgnoreCase));
        var entityId = (manifest["staticTabs"] as JsonArray)?.FirstOrDefault()?["entityId"]?.ToString() ?? "";
        return names ? $"https://teams.microsoft.com/l/entity/{catalogId}/{entityId}" : null;
    }

    private static IResult BadRequest(string message) => GraphErrors.Result(StatusCodes.Status400BadRequest, "BadRequest", message);

    private static IResult NotAuthorized(string app, string path, string recipient) =>
        GraphErrors.Result(StatusCodes.Status403Forbidden, "Forbidden",
            $"Application with AAD App Id '{app}' is not authorized to generate custom text notifications about '{path}' to the recipient '{recipient}'. "
            + "Ensure that the expected Teams app is installed in the target scope (user, team, or chat).");

    /// <summary>429 with Retry-After in whole seconds, as Graph's throttled responses carry it (learn.microsoft.com/graph/throttling).</summary>
    private sealed class ThrottledResult(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return GraphErrors.WriteAsync(httpContext, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests, please retry later.");
        }
    }
}
