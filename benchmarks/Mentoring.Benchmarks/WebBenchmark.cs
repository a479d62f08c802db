using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;

namespace Mentoring.Benchmarks;

/// <summary>
/// C) the Teams tab pages in headless Chromium (Debian's), through the emulator's Teams client: for every page a person can
/// land on (each section of the personal tab by its deep link, the meeting side panel, the Outlook task pane), the JavaScript
/// it loads until its content shows (gzip, as a CDN or the static site serves it) and the time until that content shows,
/// as a ratio to a blank page loaded from the same local host in the same browser.
/// </summary>
public static class WebBenchmark
{
    private const double GoalKb = 120;
    private const double GoalRatio = 3;
    private const string Camille = "camille.martin@contoso.example";

    // Manon is a coordinator: the only person whose tab lists every section (cohorts included).
    private const string Manon = "manon.lefevre@contoso.example";
    private static readonly string[] Sections = ["circles", "followups", "goals", "relationship", "privacy", "find", "cohorts"];

    private sealed record Page(string Name, string Url, string? Section, Func<IPage, ILocator> Shown);

    public static async Task RunAsync(BenchHost bench, int iterations)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var emulator = bench.Host.Emulator.BaseUri;
        Console.WriteLine($"## C) Teams tab pages in headless Chromium ({browser.Version}), through the emulator's Teams client and Outlook");
        var pages = Sections.Select(s => new Page($"personal tab #{s}", $"{emulator}teams/?user={Manon}&view=personal", s, SectionShown(s))).ToList();
        pages.Add(new("meeting side panel (agenda)", await MeetingUrlAsync(browser, $"{emulator}teams/?user={Camille}"), null, AgendaShown));
        pages.Add(new("Outlook task pane", $"{emulator}outlook/?user={Camille}&view=new&pane=open", null, p =>
            p.FrameLocator("iframe.pane").GetByRole(AriaRole.Heading, new() { Name = "Planifier un cercle" })));

        var health = new Uri(bench.Host.BaseUri, "api/health").ToString();
        Console.WriteLine($"| {"page",-28} | {"scripts",7} | {"JS gzip KB",10} | {"≤ 120 KB",8} | {"content ms",10} | {"blank ms",8} | {"ratio",6} | {"≤ 3×",4} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 10)}|{new string('-', 12)}|{new string('-', 10)}|{new string('-', 8)}|{new string('-', 6)}|");
        foreach (var page in pages)
        {
            var (count, bytes) = await ScriptsAsync(browser, page);
            var (shown, blank) = await MedianTimesAsync(browser, page, health, iterations);
            var kb = bytes / 1024.0;
            Console.WriteLine($"| {page.Name,-28} | {count,7} | {F(kb),10} | {Yes(kb <= GoalKb),8} | {F(shown),10} | {F(blank),8} | {F(shown / blank),6} | {Yes(shown / blank <= GoalRatio),4} |");
        }

        Console.WriteLine("JS gzip: every script the page's frames loaded from /tab/ until its content showed and then no script was requested for 1 s,");
        Console.WriteLine("each file gzipped at the smallest size, each URL once; the host's own scripts (Teams client, Outlook page, Office.js) are not counted.");
        Console.WriteLine($"times: medians over {iterations} fresh browser contexts after 2 warm-up rounds, each page and a blank page (GET /api/health) in turn.");
        Console.WriteLine();
    }

    private static Func<IPage, ILocator> SectionShown(string section) => page =>
        page.FrameLocator("iframe[title$='content']").Locator($"[role=tabpanel][id='section-panel-{section}'] :is(h1, h2)").First;

    private static ILocator AgendaShown(IPage page) =>
        page.FrameLocator("iframe[title$='sidePanel']").GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" });

    /// <summary>
    /// A deep link to a section: the tab's HTML gets a first script that puts the section's hash in the frame's URL before
    /// the page's own script reads it, as a link naming the section opens it (the Teams client loads the bare content URL).
    /// </summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, Page page)
    {
        if (page.Section is { } section)
        {
            await context.RouteAsync(new System.Text.RegularExpressions.Regex("/tab/personal([?#].*)?$"), async route =>
            {
                var served = await route.FetchAsync();
                var html = (await served.TextAsync()).Replace("<head>", $"<head><script>history.replaceState(null, '', '#{section}');</script>", StringComparison.Ordinal);
                await route.FulfillAsync(new() { Response = served, Body = html });
            });
        }

        return await context.NewPageAsync();
    }

    private static async Task<string> MeetingUrlAsync(IBrowser browser, string teams)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(teams + "&view=calendar");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("Mentorat Camille") }).First.ClickAsync();
        await AgendaShown(page).WaitForAsync();
        return page.Url;
    }

    private static async Task<(int Count, long GzipBytes)> ScriptsAsync(IBrowser browser, Page target)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var bodies = new List<(string Url, Task<byte[]> Body)>();
        var lastScript = Stopwatch.StartNew();
        context.Request += (_, r) =>
        {
            if (r.ResourceType == "script")
                lastScript.Restart();
        };
        context.Response += (_, r) =>
        {
            if (r.Request.ResourceType == "script" && r.Url.Contains("/tab/", StringComparison.Ordinal))
                lock (bodies)
                    bodies.Add((r.Url, r.BodyAsync()));
        };
        var page = await OpenAsync(context, target);
        await page.GotoAsync(target.Url);
        await target.Shown(page).WaitForAsync();

        // Scripts a page fetches on its own once its content shows (a lazily loaded part it renders at once) count too:
        // wait until no script was requested for a second. Only what a person's action loads (a form) is left out.
        while (lastScript.Elapsed < TimeSpan.FromSeconds(1))
            await Task.Delay(100);

        // The side panel and the details tab load the same files: count each URL once.
        (string Url, Task<byte[]> Body)[] responses;
        lock (bodies)
            responses = [.. bodies.DistinctBy(b => b.Url)];
        var all = await Task.WhenAll(responses.Select(r => r.Body));
        return (all.Length, all.Sum(Gzip));
    }

    private static async Task<(double Shown, double Blank)> MedianTimesAsync(IBrowser browser, Page page, string blankUrl, int iterations)
    {
        var blank = new List<double>();
        var shown = new List<double>();
        for (var i = 0; i < iterations + 2; i++)
        {
            var b = await TimeAsync(browser, new Page("blank", blankUrl, null, p => p.Locator("body")));
            var s = await TimeAsync(browser, page);
            if (i < 2)
                continue;
            blank.Add(b);
            shown.Add(s);
        }

        return (Median(shown), Median(blank));
    }

    private static async Task<double> TimeAsync(IBrowser browser, Page target)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var page = await OpenAsync(context, target);
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(target.Url);
        await target.Shown(page).WaitForAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static long Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(data);
        return output.Length;
    }

    private static string Yes(bool met) => met ? "yes" : "no";

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
