using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Who may be invited now: nobody who paused everything or erased their data (or is being erased).</summary>
/// <remarks>
/// The refusal is one code, <c>invitation.unavailable</c>, whatever the reason: the inviter learns that the person cannot be
/// invited now, never that they paused or erased, which is theirs to tell. Asked before anything is written.
/// </remarks>
public sealed class Invitability(IPersonPause pauses, IErasureLog erasures)
{
    public const string Unavailable = "invitation.unavailable";

    /// <summary>The people among <paramref name="people"/> who cannot be invited now.</summary>
    public async Task<IReadOnlySet<PersonId>> UnavailableAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default)
    {
        var paused = await pauses.PausedAmongAsync(tenant, people, cancellationToken).ConfigureAwait(false);
        var logs = await Task.WhenAll(people.Select(p => erasures.FindAsync(tenant, p, cancellationToken))).ConfigureAwait(false);
        var erased = people.Where((_, i) => logs[i] is not null);
        return paused.Union(erased).ToHashSet();
    }
}
