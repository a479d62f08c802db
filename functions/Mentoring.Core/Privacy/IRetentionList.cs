using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>The closed circles, by when they closed; a purge claims one before deleting it, so two instances never both do.</summary>
public interface IRetentionList
{
    /// <summary>The circles closed at or before <paramref name="cutoff"/>, not claimed by a purge still running (its lease unexpired).</summary>
    IAsyncEnumerable<Circle> DueAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Claims a due circle until <paramref name="until"/> (an ETag-conditional write); null when another purge claimed it first.</summary>
    Task<ClosedCircle?> ClaimAsync(Circle circle, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Deletes the circle row itself, last, with the claim's version.</summary>
    Task DeleteAsync(ClosedCircle claimed, CancellationToken cancellationToken = default);
}
