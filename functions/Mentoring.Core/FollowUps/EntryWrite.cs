using Mentoring.Core.Agendas;

namespace Mentoring.Core.FollowUps;

/// <summary>One entry an answer writes or deletes, with the version it was read at.</summary>
/// <param name="Version">Null: the entry is new (the write fails if it exists); <see cref="Any"/>: whatever is stored; otherwise the
/// entry must still be at this version.</param>
public sealed record EntryWrite(ICircleEntry Entry, string? Version)
{
    public const string Any = "*";
}
