using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;

namespace Mentoring.Benchmarks;

/// <summary>
/// C) the Teams tab pages in headless Chromium (Debian's), through the emulator's Teams client: JavaScript shipped per page
/// (gzip, as a CDN or the static site serves it), and the time until the side panel shows its agenda against a blank page
/// loaded from the same local host in the same browser.
/// </summary>
public static class WebBenchmark
{
    private const double GoalKb = 150;

    public static async Task RunAsync(BenchHost bench, int iterations)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var teams = $"{bench.Host.Emulator.BaseUri}teams/?user=camille.martin@contoso.example";

        Console.WriteLine($"## C) Teams tab pages in headless Chromium ({browser.Version}), Camille through the emulator's Teams client");
        var personal = await ScriptsAsync(browser, teams + "&view=personal", page =>
            page.FrameLocator("iframe[title$='content']").GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" }).First);
        var meetingUrl = await MeetingUrlAsync(browser, teams);
        var panel = await ScriptsAsync(browser, meetingUrl, AgendaShown);
        var pane = await ScriptsAsync(browser, $"{bench.Host.Emulator.BaseUri}outlook/?user=camille.martin@contoso.example&view=new&pane=open", page =>
            page.FrameLocator("iframe.pane").GetByRole(AriaRole.Heading, new() { Name = "Planifier un cercle" }));

        Console.WriteLine($"| {"page",-28} | {"scripts",7} | {"JS gzip KB",10} | {"× goal 150 KB",13} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 15)}|");
        foreach (var (name, (count, bytes)) in new[] { ("personal tab (Mes cercles)", personal), ("meeting page (side panel)", panel), ("Outlook task pane", pane) })
            Console.WriteLine($"| {name,-28} | {count,7} | {F(bytes / 1024.0),10} | {F(bytes / 1024.0 / GoalKb),13} |");
        Console.WriteLine("JS gzip: every script the tab's frame loaded from /tab/ until the page showed its content and then requested no script for 1 s,");
        Console.WriteLine("each file gzipped at the smallest size; the Teams client's own scripts and what a click loads later (the create form) are not counted.");

        var blank = new List<double>();
        var agenda = new List<double>();
        var health = new Uri(bench.Host.BaseUri, "api/health").ToString();
        for (var i = 0; i < iterations + 2; i++)
        {
            var b = await TimeAsync(browser, health, page => page.Locator("body"));
            var a = await TimeAsync(browser, meetingUrl, AgendaShown);
            if (i >= 2)
            {
                blank.Add(b);
                agenda.Add(a);
            }
        }

        blank.Sort();
        agenda.Sort();
        var (bm, am) = (blank[blank.Count / 2], agenda[agenda.Count / 2]);
        Console.WriteLine($"time until the side panel shows its agenda: median {F(am)} ms over {iterations} fresh contexts (after 2 warm-up rounds)");
        Console.WriteLine($"blank page (GET /api/health from the same local host, same browser): median {F(bm)} ms; ratio {F(am / bm)}×");
        Console.WriteLine();
    }

    private static ILocator AgendaShown(IPage page) =>
        page.FrameLocator("iframe[title$='sidePanel']").GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" });

    private static async Task<string> MeetingUrlAsync(IBrowser browser, string teams)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(teams + "&view=calendar");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("Mentorat Camille") }).First.ClickAsync();
        await AgendaShown(page).WaitForAsync();
        return page.Url;
    }

    private static async Task<(int Count, long GzipBytes)> ScriptsAsync(IBrowser browser, string url, Func<IPage, ILocator> ready)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var bodies = new List<Task<byte[]>>();
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
                    bodies.Add(r.BodyAsync());
        };
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await ready(page).WaitForAsync();

        // Scripts a page fetches on its own once its content shows (a lazily loaded part it renders at once) count too:
        // wait until no script was requested for a second. Only what a person's action loads (a form) is left out.
        while (lastScript.Elapsed < TimeSpan.FromSeconds(1))
            await Task.Delay(100);

        // The side panel and the details tab load the same files: count each URL once.
        Task<byte[]>[] responses;
        lock (bodies)
            responses = [.. bodies];
        var all = await Task.WhenAll(responses);
        var unique = all.Select(Convert.ToBase64String).Distinct().Select(Convert.FromBase64String).ToArray();
        return (unique.Length, unique.Sum(Gzip));
    }

    private static async Task<double> TimeAsync(IBrowser browser, string url, Func<IPage, ILocator> ready)
    {
        await using var context = await browser.NewContextAsync(new() { TimezoneId = "Europe/Paris" });
        var page = await context.NewPageAsync();
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(url);
        await ready(page).WaitForAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static long Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(data);
        return output.Length;
    }

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
