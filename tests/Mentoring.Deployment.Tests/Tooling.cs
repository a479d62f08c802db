using System.Diagnostics;
using System.Reflection;

namespace Mentoring.Deployment.Tests;

/// <summary>The repository root: the first ancestor of the test binaries that holds MentoringAddin.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentoringAddin.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"MentoringAddin.sln not found above {AppContext.BaseDirectory}.");
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}

internal static class Processes
{
    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (PackageDownload).</summary>
internal static class BicepCli
{
    public static string Path { get; } = Locate();

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        Processes.RunAsync(Path, arguments, Repo.Root, new Dictionary<string, string>
        {
            // Offline machine: no telemetry, no version check.
            ["BICEP_TELEMETRY_ENABLED"] = "false",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        });

    private static string Locate()
    {
        var fromBuild = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPath")?.Value;
        var candidates = new[]
        {
            fromBuild,
            System.IO.Path.Combine(
                Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                "azure.bicep.commandline.linux-x64", "0.49.2", "tools", "bicep"),
        };
        var path = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
            ?? throw new FileNotFoundException(
                "Bicep CLI not found; run `dotnet restore tests/Mentoring.Deployment.Tests` (PackageDownload Azure.Bicep.CommandLine.linux-x64). Looked at: "
                + string.Join(", ", candidates));

        // NuGet extracts files without the executable bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
                File.SetUnixFileMode(path, mode | execute);
        }
        return path;
    }
}
