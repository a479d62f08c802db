using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Profiles;

/// <summary>Use case: a person reads and fills their own profile; nobody reads or writes another's through it.</summary>
/// <remarks>The display name comes from the directory, never from the form, so a profile cannot pose as someone else.</remarks>
public sealed class MyProfile(IProfileStore store, PeopleLookup directory)
{
    /// <summary>The caller's profile, or <c>profile.notFound</c> (404) before they fill one.</summary>
    public async Task<Result<Versioned<Profile>>> GetAsync(Caller caller, CancellationToken cancellationToken = default) =>
        await store.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false) is { } found
            ? found
            : Error.NotFound("profile.notFound");

    public async Task<Result<Versioned<Profile>>> SaveAsync(Caller caller, ProfileDraft draft, string? version, CancellationToken cancellationToken = default)
    {
        var people = await directory.FindAsync(caller.Tenant, [caller.Id], cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<Versioned<Profile>>.Failure(people.Errors);
        }

        var name = people.Value.FirstOrDefault()?.DisplayName ?? caller.DisplayName;
        var profile = Profile.Create(draft, caller.Tenant, caller.Id, name);
        if (!profile.IsSuccess)
        {
            return Result<Versioned<Profile>>.Failure(profile.Errors);
        }

        var saved = await store.SaveAsync(profile.Value, version, cancellationToken).ConfigureAwait(false);
        return saved.Map(v => new Versioned<Profile>(profile.Value, v));
    }
}
