using System.Collections.Concurrent;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>The people Teams knows: every demo person, plus extra people added for load tests (who exist only in Teams).</summary>
internal sealed class TeamsDirectory
{
    private readonly ConcurrentDictionary<Guid, TeamsPerson> _extra = new();

    /// <summary>Adds a person of <paramref name="tenantId"/>, named after their id; a demo person is left as the directory has them.</summary>
    public TeamsPerson Add(Guid tenantId, Guid id) =>
        Find(id.ToString()) ?? _extra.GetOrAdd(id, _ => new TeamsPerson(tenantId, id, "Personne " + id.ToString()[..8], "fr-FR", "Europe/Paris"));

    /// <summary>By Entra object id, user principal name (demo people) or Teams id ("29:…").</summary>
    public TeamsPerson? Find(string idUpnOrMri)
    {
        if (DemoDirectory.Find(idUpnOrMri) is { } user)
            return TeamsPerson.From(user);
        if (Guid.TryParse(idUpnOrMri, out var id))
            return _extra.GetValueOrDefault(id);
        return idUpnOrMri.StartsWith("29:", StringComparison.Ordinal)
            ? All().FirstOrDefault(p => p.Mri == idUpnOrMri)
            : null;
    }

    public void Clear() => _extra.Clear();

    private IEnumerable<TeamsPerson> All() => DemoDirectory.Users.Select(TeamsPerson.From).Concat(_extra.Values);
}
