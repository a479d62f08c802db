using System.Globalization;

namespace Mentoring.Benchmarks;

/// <summary>Command-line knobs: <c>--iterations N</c> (per point-read scenario), <c>--warmup N</c>, <c>--circles N</c>, <c>--parallelism N</c>.</summary>
public sealed record Options(int Iterations, int Warmup, int Circles, int Parallelism)
{
    public static Options Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new Options(Get("--iterations", 300), Get("--warmup", 50), Get("--circles", 100), Get("--parallelism", 4));
    }

    public static int Get(string[] args, string name, int fallback)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public string CommandLine =>
        $"dotnet run -c Release --project benchmarks/Mentoring.Benchmarks -- --iterations {Iterations} --warmup {Warmup} --circles {Circles} --parallelism {Parallelism}";
}
