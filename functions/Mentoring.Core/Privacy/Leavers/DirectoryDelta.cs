namespace Mentoring.Core.Privacy.Leavers;

/// <summary>Everything the directory changed since a link, and the link to ask from next time.</summary>
/// <param name="NextLink">Opaque; stored as is and given back to <see cref="IDirectoryChanges.ReadAsync"/> on the next run.</param>
/// <param name="Resynced">The stored link had expired, so <paramref name="Changes"/> is the directory's whole current list (none
/// removed): whoever the product knows and is not on it left meanwhile.</param>
public sealed record DirectoryDelta(IReadOnlyList<DirectoryChange> Changes, string NextLink, bool Resynced = false);
