using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>
/// A person's "pause everything": while paused they get no follow-up card, no reminder, and are suggested to nobody.
/// Whatever sends a card (<c>IMemberCards</c> implementations) or builds suggestions asks here first.
/// </summary>
public interface IPersonPause
{
    Task<bool> IsPausedAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>The paused people among <paramref name="people"/> (one call for a whole suggestion list or a session's attendees).</summary>
    Task<IReadOnlySet<PersonId>> PausedAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default);

    Task SetAsync(TenantId tenant, PersonId person, bool paused, DateTimeOffset now, CancellationToken cancellationToken = default);
}
