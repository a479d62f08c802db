using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Profiles;

/// <summary>Use case: a person reads and fills their own profile; nobody reads or writes another's through it.</summary>
/// <remarks>
/// <para>The display name comes from the directory, never from the form, so a profile cannot pose as someone else.</para>
/// <para>A mentor's count of mentees and the mentorships holding their places are the server's (<see cref="MentorDetails"/>):
/// a form that leaves <c>mentor.currentMentees</c> out or repeats the stored count keeps them; another number is refused (400
/// <c>mentor.currentMentees.serverOwned</c>, nothing written). Dropping the mentor part while mentorships hold places keeps the
/// stored mentor part, so taking it out and back in cannot reset the count. The save is guarded by the version read here, so it
/// never overwrites a place taken meanwhile.</para>
/// </remarks>
public sealed class MyProfile(IProfileStore store, PeopleLookup directory)
{
    private const int Attempts = 3;

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
        var profile = Profile.Create(draft with { Mentor = draft.Mentor is { } m ? m with { CurrentMentees = null } : null }, caller.Tenant, caller.Id, name);
        if (!profile.IsSuccess)
        {
            return Result<Versioned<Profile>>.Failure(profile.Errors);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await store.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
            var owned = stored?.Value.Mentor;
            if (draft.Mentor?.CurrentMentees is { } asked && asked != (owned?.CurrentMentees ?? 0))
            {
                return Error.Invalid("mentor.currentMentees", "mentor.currentMentees.serverOwned");
            }

            var kept = profile.Value with { Mentor = KeepCount(profile.Value.Mentor, owned) };
            var saved = await store.SaveAsync(kept, version ?? stored?.Version, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess || version is not null)
            {
                return saved.Map(v => new Versioned<Profile>(kept, v));
            }
        }

        return Error.Conflict("profile.changed");
    }

    private static MentorDetails? KeepCount(MentorDetails? asked, MentorDetails? owned) => asked is not null
        ? asked.WithCountOf(owned)
        : owned is { CurrentMentees: > 0 } ? owned : null;
}
