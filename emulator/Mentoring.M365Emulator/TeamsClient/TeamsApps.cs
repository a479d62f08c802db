using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>The apps installed in the emulator's Teams client: their manifests, as a sideloaded app package holds them.</summary>
public sealed class TeamsApps
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _manifests = [];

    /// <summary>Installs (or replaces, by manifest id) an app.</summary>
    public void Install(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        lock (_gate)
        {
            _manifests.RemoveAll(m => m["id"]?.ToString() == manifest["id"]?.ToString());
            _manifests.Add(manifest);
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
