using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Where an erasure records that it started and that it finished, so a crash midway is resumed and a second request answered.</summary>
public interface IErasureLog
{
    Task<Erasure?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>Records a running erasure, the circles it must leave and the names to look for (written before any of them changes).</summary>
    Task StartAsync(TenantId tenant, PersonId person, IReadOnlyList<CircleId> circles, IReadOnlyList<string> names, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records how far a running erasure is (the personal tab shows it).</summary>
    Task AdvanceAsync(TenantId tenant, PersonId person, ErasureProgress progress, CancellationToken cancellationToken = default);

    /// <summary>Records that it finished; the circles and the names are dropped from the log.</summary>
    Task CompleteAsync(TenantId tenant, PersonId person, DateTimeOffset now, CancellationToken cancellationToken = default);
}
