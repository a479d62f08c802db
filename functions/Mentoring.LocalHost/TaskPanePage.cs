namespace Mentoring.LocalHost;

/// <summary>
/// The Outlook task pane's page (taskpane.html) as the local host serves it: the built page with one substitution, the
/// Office.js URL. The page loads Microsoft's Office.js from its CDN in its head, as Outlook add-ins must; that script speaks
/// to a real Outlook only, so locally the emulator's Outlook serves a stand-in with Office.js's names and behaviour, and this
/// host points the page at it, as a deployment's CDN rewrite would. The product's code never names the emulator.
/// </summary>
internal static class TaskPanePage
{
    public const string File = "taskpane.html";

    /// <summary>Microsoft's Office.js for add-ins (learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).</summary>
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    public static IResult Serve(string distRoot, Uri emulatorBaseUri)
    {
        var html = System.IO.File.ReadAllText(Path.Combine(distRoot, File));
        if (!html.Contains(OfficeJs, StringComparison.Ordinal))
            throw new InvalidOperationException($"{File} does not load Office.js from {OfficeJs}");
        return Results.Content(html.Replace(OfficeJs, new Uri(emulatorBaseUri, "outlook/office.js").ToString(), StringComparison.Ordinal), "text/html; charset=utf-8");
    }
}
