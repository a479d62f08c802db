namespace Mentoring.Core.Scheduling;

/// <summary>A session the organizer had moved or cancelled on its own that a change of the series' cadence could not keep.</summary>
/// <param name="OriginalStart">Where the old pattern put it.</param>
/// <param name="Start">Where the organizer had moved it (equals <paramref name="OriginalStart"/> for a cancelled one).</param>
/// <param name="Cancelled">Whether it was a cancelled session (Outlook now has it again) rather than a moved one (now gone).</param>
public sealed record SessionNotKept(DateTimeOffset OriginalStart, DateTimeOffset Start, DateTimeOffset End, bool Cancelled);
