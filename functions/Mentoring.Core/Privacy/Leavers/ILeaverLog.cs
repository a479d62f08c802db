using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy.Leavers;

/// <summary>Per tenant: where the directory's changes were last read, and who left and is waiting out the grace period.</summary>
/// <remarks>Every write is idempotent, so a run that crashed is finished by the next one.</remarks>
public interface ILeaverLog
{
    Task<string?> FindLinkAsync(TenantId tenant, CancellationToken cancellationToken = default);

    Task SaveLinkAsync(TenantId tenant, string link, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="person"/> left; a person already recorded keeps their first date.</summary>
    Task NoteLeftAsync(TenantId tenant, PersonId person, DateTimeOffset noticedAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets a leaver (restored, or erased); nothing happens for someone not recorded.</summary>
    Task ForgetAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>The tenant's leavers noticed at or before <paramref name="noticedBy"/>.</summary>
    Task<IReadOnlyList<Leaver>> DueAsync(TenantId tenant, DateTimeOffset noticedBy, CancellationToken cancellationToken = default);
}
