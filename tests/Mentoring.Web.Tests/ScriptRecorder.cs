using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>
/// The tab pages' scripts a browser context fetched (from /tab/, not the Teams client's own), so a test can weigh what a
/// page loads: each file gzipped at the smallest size, as a CDN or the static site would serve it.
/// </summary>
internal sealed class ScriptRecorder
{
    private readonly List<(string Url, Task<byte[]> Body)> _scripts = [];
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

    public ScriptRecorder(IBrowserContext context)
    {
        context.Response += (_, r) =>
        {
            if (r.Request.ResourceType != "script" || !r.Url.Contains("/tab/", StringComparison.Ordinal))
                return;
            lock (_scripts)
            {
                _scripts.Add((r.Url, r.BodyAsync()));
                _sinceLast.Restart();
            }
        };
    }

    public int Count
    {
        get
        {
            lock (_scripts)
                return _scripts.Select(s => s.Url).Distinct().Count();
        }
    }

    /// <summary>Waits until no tab script arrived for a second: what a page fetches by itself once its content shows counts too.</summary>
    public async Task QuietAsync()
    {
        while (true)
        {
            lock (_scripts)
                if (_sinceLast.Elapsed >= TimeSpan.FromSeconds(1))
                    return;
            await Task.Delay(100);
        }
    }

    /// <summary>The gzip size of every distinct script fetched so far, in KB.</summary>
    public async Task<double> GzipKbAsync() => (await SizesAsync()).Sum(s => s.Kb);

    /// <summary>The gzip size of the distinct scripts fetched so far whose file name starts with <paramref name="prefix"/>, in KB.</summary>
    public async Task<double> GzipKbAsync(string prefix) => (await SizesAsync()).Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => s.Kb);

    /// <summary>Each script's file name and gzip KB, largest first: what a budget failure prints, so it says where to look.</summary>
    public async Task<string> DescribeAsync() =>
        string.Join(", ", (await SizesAsync()).OrderByDescending(s => s.Kb).Select(s => $"{s.Name} {s.Kb:0.0}"));

    private async Task<(string Name, double Kb)[]> SizesAsync()
    {
        (string Url, Task<byte[]> Body)[] scripts;
        lock (_scripts)
            scripts = [.. _scripts.DistinctBy(s => s.Url)];
        var sizes = new List<(string, double)>();
        foreach (var (url, body) in scripts)
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
                gzip.Write(await body);
            sizes.Add((new Uri(url).Segments[^1], output.Length / 1024.0));
        }

        return [.. sizes];
    }
}
