using System.Text.RegularExpressions;
using Mentoring.Functions.Http;
using Mentoring.LocalHost;

namespace Mentoring.Api.Tests;

/// <summary>Every error code the product can answer with has a French and an English message.</summary>
public sealed partial class ErrorMessagesTests
{
    [Fact]
    public void Every_error_code_in_the_source_has_a_message_in_both_languages()
    {
        var root = RepositoryRoot.Find();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .ToHashSet();

        Assert.True(codes.Count > 30, $"only {codes.Count} codes found: the pattern no longer matches the source");
        Assert.Empty(codes.Except(ErrorMessages.Codes));
        Assert.All(codes, code => Assert.NotEqual(ErrorMessages.Format(code, null, english: false), ErrorMessages.Format(code, null, english: true)));
    }

    [GeneratedRegex("""(?:Error\.(?:Invalid\([^,()]+,|NotFound\(|Conflict\(|Forbidden\(|Unavailable\()|new Error\(ErrorKind\.\w+,)\s*"(?<code>[a-zA-Z]+(?:\.[a-zA-Z]+)*)"[,)]""")]
    private static partial Regex ErrorCode();
}
