namespace Mentoring.Core.FollowUps;

/// <summary>Everything one answer changes in the circle's partition, to be written all or nothing.</summary>
/// <param name="Writes">The answer itself first, then the commitments it closes, reopens or makes, its blocker item, its thanks.</param>
/// <param name="Deletes">What the previous answer made and this one no longer says.</param>
public sealed record FollowUpWrite(IReadOnlyList<EntryWrite> Writes, IReadOnlyList<EntryWrite> Deletes);
