using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>The apps installed in the emulator's Teams client: their manifests, as a sideloaded app package holds them.</summary>
public sealed class TeamsApps
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _manifests = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, JsonObject>> _languages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Installs (or replaces, by manifest id) an app, with the language files its package carries (<c>localizationInfo</c>'s
    /// <c>additionalLanguages</c>), keyed by language tag: each maps a manifest path (<c>name.short</c>,
    /// <c>activities.activityTypes[0].templateText</c>) to its text in that language.
    /// </summary>
    public void Install(JsonObject manifest, IReadOnlyDictionary<string, JsonObject>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        lock (_gate)
        {
            _manifests.RemoveAll(m => m["id"]?.ToString() == manifest["id"]?.ToString());
            _manifests.Add(manifest);
            _languages[manifest["id"]?.ToString() ?? ""] = languages ?? new Dictionary<string, JsonObject>();
        }
    }

    /// <summary>
    /// The app's text at <paramref name="path"/> in the person's language, or null to use the manifest's own (its default language).
    /// </summary>
    /// <remarks>
    /// learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization: Teams applies the language file
    /// matching the client's language, the exact tag first (<c>fr-ca</c>), then the language alone (<c>fr</c>), else the
    /// manifest's default strings.
    /// </remarks>
    internal string? Localized(string appId, string locale, string path)
    {
        lock (_gate)
        {
            if (!_languages.TryGetValue(appId, out var files))
                return null;
            var language = locale.Split('-')[0];
            var file = files.FirstOrDefault(f => string.Equals(f.Key, locale, StringComparison.OrdinalIgnoreCase)).Value
                ?? files.FirstOrDefault(f => string.Equals(f.Key, language, StringComparison.OrdinalIgnoreCase)).Value;
            return file?[path]?.ToString();
        }
    }

    internal JsonArray Snapshot()
    {
        lock (_gate)
        {
            return new JsonArray(_manifests.Select(m => (JsonNode)m.DeepClone()).ToArray());
        }
    }

    /// <summary>The manifest ids of the apps, as uploaded.</summary>
    internal IReadOnlyList<string> ManifestIds()
    {
        lock (_gate)
            return [.. _manifests.Select(m => m["id"]?.ToString()).OfType<string>()];
    }

    /// <summary>Whether an app of the catalog (by manifest id) exists.</summary>
    internal bool Contains(string appId) => Find(appId) is not null;

    /// <summary>Whether the app (by manifest id) declares the bot among its <c>bots</c>.</summary>
    internal bool CarriesBot(string appId, string botAppId) =>
        Find(appId)?["bots"] is JsonArray bots
        && bots.Any(b => string.Equals(b?["botId"]?.ToString(), botAppId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The app's manifest, or null; a copy.</summary>
    internal JsonObject? Find(string appId)
    {
        lock (_gate)
            return _manifests.Find(m => string.Equals(m["id"]?.ToString(), appId, StringComparison.OrdinalIgnoreCase))?.DeepClone().AsObject();
    }
}
