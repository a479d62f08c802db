using System.Xml.Linq;
using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Architecture;

/// <summary>Mentoring.Core stays pure C#: no Azure, Graph, identity, ASP.NET Core or Kiota types, nor any package but NodaTime.</summary>
/// <remarks>NodaTime is the one package allowed (DESIGN.md): the tz database arithmetic that TimeZoneInfo on Linux gets wrong.</remarks>
public sealed class CoreDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
        ["Azure", "Microsoft.Azure", "Microsoft.Graph", "Microsoft.Identity", "Microsoft.AspNetCore", "Microsoft.Kiota"];

    [Fact]
    public void CoreAssembly_ReferencesNoCloudOrWebAssembly()
    {
        var references = typeof(Circle).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var forbidden = references.Where(name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToArray();

        Assert.Contains("System.Runtime", references);
        Assert.Empty(forbidden);
    }

    [Fact]
    public void CoreProject_HasNoPackageFrameworkOrProjectReference_ButNodaTime()
    {
        var project = XDocument.Load(CoreProjectPath());

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value}")
            .Where(r => r != "PackageReference NodaTime");

        Assert.Empty(references);
    }

    private static string CoreProjectPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "functions", "Mentoring.Core", "Mentoring.Core.csproj");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("functions/Mentoring.Core/Mentoring.Core.csproj not found above " + AppContext.BaseDirectory);
    }
}
