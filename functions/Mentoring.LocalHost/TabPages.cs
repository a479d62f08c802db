using Microsoft.Extensions.FileProviders;

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
        }));

        if (!Directory.Exists(dist))
        {
            app.MapGet(PathBase + "/{**path}", () => Results.Text(
                "The web front end is not built: run scripts/run.sh (or npm run build -w web).", statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        var files = new PhysicalFileProvider(dist);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = PathBase });

        // Every page (personal, meeting, config) is the same index.html; the app picks the page from its path.
        app.MapGet(PathBase + "/{**path}", () => Results.File(Path.Combine(dist, "index.html"), "text/html; charset=utf-8"));
    }
}
