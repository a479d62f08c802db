using System.Text.RegularExpressions;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>The part of directory <c>$filter</c> on users the emulator serves: <c>property eq|ne value</c> clauses joined by <c>and</c>.</summary>
/// <remarks>
/// Which property takes which operator, and which only in an advanced query (header <c>ConsistencyLevel: eventual</c> and
/// <c>$count=true</c>), is Graph's table "Support for filter by properties of Microsoft Entra ID (directory) objects"
/// (learn.microsoft.com/graph/aad-advanced-queries): accountEnabled and userType take <c>eq</c> by default and <c>ne</c> only in an
/// advanced query; showInAddressList takes <c>eq</c> and <c>ne</c> only in an advanced query, and no <c>null</c> comparison.
/// Without the advanced parameters Graph answers 400 <c>Request_UnsupportedQuery</c> with the words below. Any other property,
/// operator or shape is refused here (stricter than Graph, which accepts more): a client that needs more must teach the emulator.
/// A property that was never set compares as null (<c>showInAddressList eq true</c> skips the people nobody hid: Entra leaves it
/// unset); <c>ne</c> keeps them.
/// </remarks>
internal static partial class UserFilter
{
    private const string AdvancedHint =
        "Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information";

    private static readonly Dictionary<string, (bool EqByDefault, Func<DemoUser, object?> Value)> Filterable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accountEnabled"] = (true, u => u.AccountEnabled),
        ["userType"] = (true, u => u.UserType),
        ["showInAddressList"] = (false, u => u.ShowInAddressList),
    };

    /// <summary>The predicate of a $filter value, or the reason Graph (or the emulator, stricter) refuses it.</summary>
    public static (Func<DemoUser, bool>? Match, string? Error) Parse(string filter, bool advanced)
    {
        var tests = new List<Func<DemoUser, bool>>();
        foreach (var text in And().Split(filter.Trim()))
        {
            var clause = Clause().Match(text.Trim());
            if (!clause.Success || !Filterable.TryGetValue(clause.Groups["property"].Value, out var property))
                return (null, $"Unsupported or invalid query filter clause specified for property '{Name(text)}' of resource 'User'.");
            var op = clause.Groups["op"].Value.ToLowerInvariant();
            if (!advanced && (op == "ne" || !property.EqByDefault))
                return (null, $"Operator '{op}' is not supported because the required parameters might be missing. {AdvancedHint}");
            if (Literal(clause.Groups["value"].Value) is not { } wanted)
                return (null, $"Unsupported or invalid query filter clause specified for property '{clause.Groups["property"].Value}' of resource 'User'.");
            tests.Add(u => Equals(Normal(property.Value(u)), wanted) == (op == "eq"));
        }

        return (u => tests.All(t => t(u)), null);
    }

    private static object? Literal(string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ when value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' => value[1..^1].Replace("''", "'", StringComparison.Ordinal).ToLowerInvariant(),
        _ => null,
    };

    private static object? Normal(object? value) => value is string s ? s.ToLowerInvariant() : value;

    private static string Name(string clause) => clause.Trim().Split(' ', 2)[0];

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?<property>[A-Za-z]+)\s+(?<op>eq|ne)\s+(?<value>true|false|'(?:[^']|'')*')$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
