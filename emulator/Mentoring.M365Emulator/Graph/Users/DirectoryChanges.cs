namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>What happened to the demo directory since the emulator started: people added, deleted and restored, in order.</summary>
/// <remarks>
/// Entra's user deletion is soft first: a deleted user goes to the directory's deleted items, can be restored for 30 days, then
/// is deleted permanently (learn.microsoft.com/entra/fundamentals/users-restore). A deleted user is gone from <c>/users</c>,
/// <c>/users/{id}</c> and <c>$search</c>; <c>/users/delta</c> reports them with <c>@removed</c> (see
/// <see cref="UserDeltaEndpoints"/>). Each emulator has its own changes; the seeded people themselves never change.
/// People added (<see cref="AddMember"/>, for benchmarks and tests that need more mailboxes than the demo has) exist in this
/// emulator only, with everything a seeded member has: a mailbox and calendar, the application access policy, subscriptions.
/// </remarks>
public sealed class DirectoryChanges
{
    private readonly Lock _gate = new();
    private readonly List<Change> _log = [];
    private readonly Dictionary<Guid, bool> _deleted = [];
    private readonly List<DemoUser> _added = [];
    private readonly Dictionary<Guid, DemoUser> _addedById = [];
    private readonly Dictionary<string, DemoUser> _addedByUpn = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds a member with a licensed mailbox to a demo tenant, as an administrator creating a user (Entra: POST /users, then an
    /// Exchange Online licence): found by id and UPN, listed, in <c>/users/delta</c>, and given a calendar the first time Graph
    /// writes to it. Not an HTTP route: only code holding this emulator can add people. The UPN is
    /// <c>{alias}@{the tenant's domain}</c>; an alias or id already in the directory is refused.
    /// Modelled on learn.microsoft.com/graph/api/user-post-users (a created user is found by id and userPrincipalName at once) and
    /// learn.microsoft.com/graph/api/user-delta (a user created since the last round is returned by the next delta page); the
    /// mailbox exists once a licence with Exchange Online is assigned (learn.microsoft.com/exchange/recipients-in-exchange-online/
    /// create-user-mailboxes), here at creation.
    /// </summary>
    public DemoUser AddMember(Guid tenantId, Guid id, string displayName, string alias)
    {
        if (tenantId != DemoDirectory.ContosoTenantId && tenantId != DemoDirectory.FabrikamTenantId)
            throw new ArgumentException("Not a demo tenant.", nameof(tenantId));
        var user = DemoDirectory.Member(tenantId, id, displayName, alias);
        lock (_gate)
        {
            if (DemoDirectory.Users.Any(u => u.Id == id || string.Equals(u.UserPrincipalName, user.UserPrincipalName, StringComparison.OrdinalIgnoreCase))
                || _addedById.ContainsKey(id) || _addedByUpn.ContainsKey(user.UserPrincipalName))
                throw new InvalidOperationException($"{user.UserPrincipalName} ({id}) is already in the directory.");
            _added.Add(user);
            _addedById[id] = user;
            _addedByUpn[user.UserPrincipalName] = user;
            _log.Add(new Change(_log.Count + 1, id, null));
        }

        return user;
    }

    /// <summary>The people added at run time, in the order they were added.</summary>
    internal IReadOnlyList<DemoUser> Added
    {
        get
        {
            lock (_gate)
                return [.. _added];
        }
    }

    /// <summary>A person added at run time, by object id or UPN.</summary>
    internal DemoUser? FindAdded(string idOrUpn)
    {
        lock (_gate)
            return Guid.TryParse(idOrUpn, out var id) ? _addedById.GetValueOrDefault(id) : _addedByUpn.GetValueOrDefault(idOrUpn);
    }

    /// <summary>Deletes a user, softly (restorable) unless <paramref name="permanently"/>.</summary>
    public void Delete(Guid userId, bool permanently = false)
    {
        lock (_gate)
        {
            if (_deleted.TryGetValue(userId, out var permanent) && (permanent || !permanently))
                return;
            _deleted[userId] = permanently;
            _log.Add(new Change(_log.Count + 1, userId, permanently ? "deleted" : "changed"));
        }
    }

    /// <summary>Restores a softly deleted user, as <c>POST /directory/deletedItems/{id}/restore</c> does; false when that cannot be.</summary>
    public bool Restore(Guid userId)
    {
        lock (_gate)
        {
            if (!_deleted.TryGetValue(userId, out var permanent) || permanent)
                return false;
            _deleted.Remove(userId);
            _log.Add(new Change(_log.Count + 1, userId, null));
            return true;
        }
    }

    /// <summary>
    /// Every delta and next link issued so far stops working, as when Graph's delta token expires (identity links live 7 days):
    /// a later request with one answers <paramref name="status"/> with <paramref name="code"/> and the client must read the whole
    /// directory again. Default 400 <c>syncStateNotFound</c>, "The sync state generation is not found. The delta token is expired
    /// and data must be synchronized again." (devblogs.microsoft.com/microsoft365dev/duration-of-change-tracking-tokens-for-
    /// identity-and-education-resources); learn.microsoft.com/graph/delta-query-overview ("Synchronization reset") allows any 40X,
    /// and learn.microsoft.com/graph/errors lists 410 Gone and <c>resyncRequired</c>, so tests can ask for that instead.
    /// </summary>
    public void ExpireLinks(int status = 400, string code = "syncStateNotFound")
    {
        lock (_gate)
        {
            Generation++;
            Expired = (status, code);
        }
    }

    /// <summary>Links carry the generation they were issued in; one from an earlier generation has expired.</summary>
    internal int Generation { get; private set; }

    /// <summary>What an expired link is answered with.</summary>
    internal (int Status, string Code) Expired { get; private set; } = (400, "syncStateNotFound");

    public bool IsDeleted(Guid userId)
    {
        lock (_gate)
            return _deleted.ContainsKey(userId);
    }

    /// <summary>The position of the last change: a delta round started now reports what comes after it.</summary>
    internal long Version
    {
        get
        {
            lock (_gate)
                return _log.Count;
        }
    }

    /// <summary>Each user changed after <paramref name="version"/> once, in its latest state (null: present again).</summary>
    internal IReadOnlyList<Change> Since(long version)
    {
        lock (_gate)
            return [.. _log.Skip((int)Math.Min(version, _log.Count)).GroupBy(c => c.UserId).Select(g => g.Last()).OrderBy(c => c.Version)];
    }

    /// <param name="RemovedReason">Graph's <c>@removed.reason</c>: "changed" (soft, restorable), "deleted" (permanent), or null.</param>
    internal sealed record Change(long Version, Guid UserId, string? RemovedReason);
}
