namespace Mentoring.Core.Privacy;

/// <summary>How long a closed circle and everything in it is kept.</summary>
/// <param name="Months">Months after closing; 24 by default.</param>
public sealed record RetentionSettings(int Months = 24)
{
    /// <summary>Circles closed at or before this instant are due for deletion at <paramref name="now"/>.</summary>
    public DateTimeOffset Cutoff(DateTimeOffset now) => now.AddMonths(-Months);
}
