using Mentoring.M365Emulator;
using Microsoft.AspNetCore.StaticFiles;

namespace Mentoring.LocalHost;

/// <summary>
/// Serves the built web front end (web/dist) under /tab/, as the Azure static site does, and its config.json: the API on
/// this same origin, and the emulator's Teams client as an extra host origin (it is plain http, which teams-js accepts
/// only from origins the app names in app.initialize).
/// </summary>
internal static class TabPages
{
    public const string PathBase = "/tab";

    public static void MapTabPages(this WebApplication app, string repositoryRoot, Uri emulatorBaseUri)
    {
        var dist = Path.Combine(repositoryRoot, "web", "dist");
        app.MapGet(PathBase + "/config.json", () => Results.Json(new
        {
            apiBaseUrl = "/api/",
            hostOrigins = new[] { emulatorBaseUri.GetLeftPart(UriPartial.Authority) },

            // The scope the Outlook task pane asks for by nested app authentication (the demo API's, as azd writes the real one's).
            apiScope = DemoDirectory.ApiIdentifierUri + "/access_as_user",

            // Where the tab sends a person to consent (auth-start): the emulator's Entra ID, for the demo API's scope.
            authority = emulatorBaseUri.GetLeftPart(UriPartial.Authority),
            consentScope = $"{DemoDirectory.ApiIdentifierUri}/access_as_user",
        }));

        if (!Directory.Exists(dist))
        {
            app.MapGet(PathBase + "/{**path}", () => Results.Text(
                "The web front end is not built: run scripts/run.sh (or npm run build -w web).", statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        // A built file when the path names one (assets are content-hashed: cached for good); the task pane (taskpane, the
        // manifest's page) is taskpane.html with Office.js pointed at the emulator's; any other path (personal, meeting, config)
        // is index.html, and the app picks the page from its path.
        var root = Path.GetFullPath(dist) + Path.DirectorySeparatorChar;
        var types = new FileExtensionContentTypeProvider();
        app.MapGet(PathBase + "/{**path}", (string? path, HttpResponse response) =>
        {
            if (path is not null && (path == TaskPanePage.File || path.Split('/')[0] == "taskpane"))
            {
                response.Headers.CacheControl = "no-cache";
                return TaskPanePage.Serve(root, emulatorBaseUri);
            }

            var file = Path.GetFullPath(Path.Combine(root, path ?? ""));
            if (file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) && types.TryGetContentType(file, out var type))
            {
                if (path!.StartsWith("assets/", StringComparison.Ordinal))
                    response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return Results.File(file, type);
            }

            response.Headers.CacheControl = "no-cache";
            return Results.File(Path.Combine(root, "index.html"), "text/html; charset=utf-8");
        });
    }
}
