using System.Text;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// Which Teams apps each person has installed in their personal scope, and who blocked the bots: what decides whether a bot
/// may open a 1:1 conversation with someone and keep writing in it.
/// </summary>
internal sealed class TeamsInstallations
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, HashSet<string>> _apps = [];
    private readonly HashSet<Guid> _blocked = [];

    /// <summary>Graph's id of an installation: opaque to callers; here the user and the app, base64-encoded, as Graph's look.</summary>
    public static string InstallationId(Guid userId, string teamsAppId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userId}##{teamsAppId}"));

    /// <summary>Installs the app for the person; false when it already was.</summary>
    public bool Install(Guid userId, string teamsAppId)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(userId, out var apps))
                _apps[userId] = apps = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return apps.Add(teamsAppId);
        }
    }

    /// <summary>Removes one app, or every app when <paramref name="teamsAppId"/> is null; false when there was nothing to remove.</summary>
    public bool Uninstall(Guid userId, string? teamsAppId = null)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(userId, out var apps))
                return false;
            var removed = teamsAppId is null ? apps.Count > 0 : apps.Remove(teamsAppId);
            if (teamsAppId is null)
                apps.Clear();
            return removed;
        }
    }

    public IReadOnlyList<string> AppsOf(Guid userId)
    {
        lock (_gate)
            return _apps.TryGetValue(userId, out var apps) ? [.. apps] : [];
    }

    public void Block(Guid userId)
    {
        lock (_gate)
            _blocked.Add(userId);
    }

    public void Unblock(Guid userId)
    {
        lock (_gate)
            _blocked.Remove(userId);
    }

    public bool IsBlocked(Guid userId)
    {
        lock (_gate)
            return _blocked.Contains(userId);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _apps.Clear();
            _blocked.Clear();
        }
    }
}
