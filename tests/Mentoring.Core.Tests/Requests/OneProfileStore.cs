using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Tests.Requests;

/// <summary>Holds one profile with an ETag-like version; can make the next saves lose a race, as Table Storage answers 412.</summary>
internal sealed class OneProfileStore(Profile? stored, int conflicts = 0) : IProfileStore
{
    private int version = 1;
    private int conflictsLeft = conflicts;

    public Profile? Current { get; private set; } = stored;

    public int Saves { get; private set; }

    public Task<Versioned<Profile>?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        Task.FromResult(Current is { } p && p.Tenant == tenant && p.Person == person ? new Versioned<Profile>(p, $"v{version}") : null);

    public Task<IReadOnlyList<Profile>> ListVisibleAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Profile>>(Current is { } p ? [p] : []);

    public Task<IReadOnlyList<Profile>> ListVisibleAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Profile>>(Current is { } p && people.Contains(p.Person) && p.Visibility != Visibility.None ? [p] : []);

    public Task<IReadOnlyList<Profile>> ListAvailableMentorsAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Profile>>(Current is { IsVisibleMentor: true, Mentor.FreePlaces: > 0 } p ? [p] : []);

    public Task<Result<string>> SaveAsync(Profile profile, string? expected, CancellationToken cancellationToken = default)
    {
        if (conflictsLeft > 0)
        {
            // Someone else saved in between: the version moves on and this save is refused.
            conflictsLeft--;
            version++;
            return Task.FromResult<Result<string>>(Error.Conflict("profile.changed"));
        }

        if (expected is not null && expected != $"v{version}")
        {
            return Task.FromResult<Result<string>>(Error.Conflict("profile.changed"));
        }

        Saves++;
        Current = profile;
        version++;
        return Task.FromResult<Result<string>>($"v{version}");
    }
}
