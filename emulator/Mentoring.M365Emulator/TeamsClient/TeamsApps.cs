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
}
