namespace Mentoring.Core.Scheduling;

/// <summary>One occurrence of a circle's series, as the product keeps it.</summary>
/// <remarks>
/// <see cref="Id"/> is derived from <see cref="OriginalStart"/> (where the pattern put it), so a session keeps its id when
/// someone moves it in Outlook, and agenda items and commitments stay attached to it.
/// </remarks>
public sealed record Session(string Id, string? OccurrenceId, DateTimeOffset OriginalStart, DateTimeOffset Start, DateTimeOffset End, SessionState State)
{
    public bool IsMoved => Start != OriginalStart;

    public static string IdFor(DateTimeOffset originalStart) => originalStart.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
