using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>The closed circles, by when they closed; a purge claims one before deleting it, so two instances never both do.</summary>
public interface IRetentionList
{
    /// <summary>How often <see cref="SweepAsync"/> reads all circles again (it does nothing in between).</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromDays(30);

    /// <summary>The circles closed at or before <paramref name="cutoff"/>, not claimed by a purge still running (its lease unexpired).</summary>
    IAsyncEnumerable<Circle> DueAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Claims a due circle until <paramref name="until"/> (an ETag-conditional write); null when another purge claimed it first.</summary>
    Task<ClosedCircle?> ClaimAsync(Circle circle, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists, as closed at <paramref name="now"/>, the closed circles that have no retention entry: those closed before the list
    /// existed, or whose closing crashed before its entry was written. A full read of the circles, so it runs at most once per
    /// <see cref="SweepEvery"/>; a circle's retention then starts from the sweep (later than its closing: kept longer, never purged early).
    /// </summary>
    /// <returns>How many circles were added to the list.</returns>
    Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes the circle row itself, last, with the claim's version.</summary>
    Task DeleteAsync(ClosedCircle claimed, CancellationToken cancellationToken = default);
}
