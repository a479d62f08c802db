namespace Mentoring.Core.Scheduling;

/// <summary>One occurrence of a series as the organizer's calendar has it now.</summary>
/// <param name="OriginalStart">Where the pattern put it; equals <paramref name="Start"/> unless someone moved it in Outlook.</param>
public sealed record Occurrence(string OccurrenceId, DateTimeOffset OriginalStart, DateTimeOffset Start, DateTimeOffset End)
{
    public bool IsMoved => Start != OriginalStart;
}
