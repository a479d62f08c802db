using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.M365Emulator.TeamsClient;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// The activity types a Teams app declared (manifest <c>activities.activityTypes</c>: <c>type</c>, <c>description</c>,
/// <c>templateText</c> with <c>{parameters}</c>), found by the Entra app the caller's token was issued to.
/// </summary>
/// <remarks>
/// learn.microsoft.com/graph/teams-send-activityfeednotifications, "Requirements": the manifest's <c>webApplicationInfo.id</c> is
/// the Entra app id that sends, and an activity type must be declared in <c>activities</c> (except the reserved
/// <c>systemDefault</c>, whose free text comes in the <c>systemDefaultText</c> parameter); <c>{actor}</c> always takes the
/// caller's name (the app's, for an application token).
/// </remarks>
internal static partial class ActivityTypes
{
    public const string SystemDefault = "systemDefault";

    /// <summary>The app whose manifest names <paramref name="entraAppId"/> in <c>webApplicationInfo.id</c>, or null.</summary>
    public static JsonObject? AppOf(TeamsApps apps, string entraAppId) =>
        apps.ManifestIds().Select(apps.Find).FirstOrDefault(m =>
            string.Equals(m?["webApplicationInfo"]?["id"]?.ToString(), entraAppId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The manifest path of <paramref name="type"/>'s template text (what a language file translates), or null.</summary>
    public static string? TemplatePath(JsonObject manifest, string type)
    {
        var types = manifest["activities"]?["activityTypes"] as JsonArray ?? [];
        var index = types.Select((t, i) => (t, i)).FirstOrDefault(x => string.Equals(x.t?["type"]?.ToString(), type, StringComparison.Ordinal)).i;
        return TemplateOf(manifest, type) is null ? null : $"activities.activityTypes[{index}].templateText";
    }

    /// <summary>The declared template text of <paramref name="type"/>, or null when the manifest does not declare it.</summary>
    public static string? TemplateOf(JsonObject manifest, string type) =>
        (manifest["activities"]?["activityTypes"] as JsonArray ?? [])
            .FirstOrDefault(t => string.Equals(t?["type"]?.ToString(), type, StringComparison.Ordinal))?["templateText"]?.ToString();

    /// <summary>The parameters a template names, <c>{actor}</c> left out (Teams fills it).</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(p => p != "actor").ToHashSet(StringComparer.Ordinal);

    public static string Fill(string template, string actor, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => m.Groups[1].Value == "actor" ? actor : values.GetValueOrDefault(m.Groups[1].Value, m.Value));

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
