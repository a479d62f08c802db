using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Mentoring.LocalHost;

namespace Mentoring.Benchmarks.Dispatch;

/// <summary>
/// An Azurite for this benchmark alone: on free ports, with an account and key made up for the run (nothing stored in the
/// repo), its data in a folder of its own that is removed afterwards. The shared one on 10000–10002 holds every other
/// session's tables in a JSON file it rewrites as it grows; measured against it, delivery mostly measures that.
/// </summary>
/// <remarks>
/// On disk, as <c>scripts/azurite.sh</c> runs it for the tests, by default. <c>inMemory</c> reproduces the earlier setting:
/// there Azurite keeps each queue message's body as its own extent, and its queue garbage collector (every 60 s) deletes
/// the extents of deleted messages one by one, each removal re-sorting the extent indexes — a stall of several seconds in
/// which the single Node process answers no table or queue request (profiled with <c>node --cpu-prof</c>; see the README).
/// Telemetry is off: Azurite reports usage by default, which costs time on every request and has nowhere to go here.
/// </remarks>
internal sealed class OwnAzurite : IAsyncDisposable
{
    private readonly Process process;

    private readonly string? folder;

    private OwnAzurite(Process process, string connectionString, string? folder)
    {
        this.process = process;
        this.folder = folder;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<OwnAzurite> StartAsync(bool inMemory)
    {
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var account = "bench" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot.Find(), "node_modules", ".bin", "azurite"))
        {
            ArgumentList = { "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var folder = inMemory ? null : Directory.CreateTempSubdirectory("bench-azurite-").FullName;
        if (folder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(folder);
        }

        start.Environment["AZURITE_ACCOUNTS"] = $"{account}:{key}";
        var process = Process.Start(start)!;
        var connection = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};BlobEndpoint=http://127.0.0.1:{blob}/{account};QueueEndpoint=http://127.0.0.1:{queue}/{account};TableEndpoint=http://127.0.0.1:{table}/{account};";
        for (var waited = 0; waited < 1_200; waited++)
        {
            if (await ListensAsync(queue) && await ListensAsync(table))
            {
                return new OwnAzurite(process, connection, folder);
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The benchmark's Azurite did not open its ports within 120 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> ListensAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
