namespace Mentoring.M365Emulator.Clients;

/// <summary>
/// Serves a client page's static files (embedded at build from its wwwroot) under its route, and beside them the scripts
/// every client shares (Clients/wwwroot), so each page imports them as its own ("./client-common.js").
/// </summary>
internal static class ClientFiles
{
    private const string SharedFolder = "Clients";

    private static readonly Dictionary<string, string> Shared = new(StringComparer.Ordinal)
    {
        ["client-common.js"] = "text/javascript; charset=utf-8",
    };

    /// <param name="route">Where the page is served, e.g. "/teams".</param>
    /// <param name="folder">The embedded resources' folder (the project's folder holding that wwwroot).</param>
    /// <param name="files">The page's own files and their content types.</param>
    public static void MapClientFiles(this IEndpointRouteBuilder app, string route, string folder, IReadOnlyDictionary<string, string> files) =>
        app.MapGet(route + "/{file?}", (string? file) =>
        {
            var name = string.IsNullOrEmpty(file) ? "index.html" : file;
            var resource = files.TryGetValue(name, out var contentType) ? $"{folder}/{name}"
                : Shared.TryGetValue(name, out contentType) ? $"{SharedFolder}/{name}"
                : null;
            var stream = resource is null ? null : typeof(ClientFiles).Assembly.GetManifestResourceStream(resource);
            return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
        });
}
