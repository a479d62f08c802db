using System.Diagnostics;
using System.Net.Sockets;

namespace Mentoring.LocalHost;

/// <summary>Starts Azurite (the npm package pinned by package-lock.json) when nothing listens on its ports.</summary>
/// <remarks>Its data lives in the git-ignored <c>.azurite/</c> folder. An Azurite someone else started is left alone.</remarks>
public sealed class Azurite : IDisposable
{
    public const int BlobPort = 10000;
    public const int QueuePort = 10001;
    public const int TablePort = 10002;

    private readonly Process? process;

    private Azurite(Process? process, string description)
    {
        this.process = process;
        Description = description;
    }

    public string Description { get; }

    public static async Task<Azurite> EnsureRunningAsync(string repositoryRoot, CancellationToken cancellationToken = default)
    {
        if (await IsListeningAsync(TablePort) && await IsListeningAsync(QueuePort))
        {
            return new Azurite(null, $"Azurite already running (tables :{TablePort}, queues :{QueuePort})");
        }

        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed: run `npm ci` in {repositoryRoot} (the README's commands do it).");
        }

        var location = Path.Combine(repositoryRoot, ".azurite");
        Directory.CreateDirectory(location);
        var process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--location", location, "--blobPort", $"{BlobPort}", "--queuePort", $"{QueuePort}", "--tablePort", $"{TablePort}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        for (var waited = 0; waited < 300; waited++)
        {
            if (await IsListeningAsync(TablePort) && await IsListeningAsync(QueuePort))
            {
                return new Azurite(process, $"Azurite started (pid {process.Id}, tables :{TablePort}, queues :{QueuePort}, data in .azurite/)");
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("Azurite did not open its ports within 30 s: " + await process.StandardError.ReadToEndAsync(cancellationToken));
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
        }

        process?.Dispose();
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
