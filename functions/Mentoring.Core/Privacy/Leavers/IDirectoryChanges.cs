using Mentoring.Core.Common;

namespace Mentoring.Core.Privacy.Leavers;

/// <summary>The tenant's directory as a stream of changes to its people (Microsoft Graph's users delta query).</summary>
public interface IDirectoryChanges
{
    /// <summary>
    /// The changes since <paramref name="link"/> (every page of them), or, with no link, the directory's current people (none
    /// removed) and the link that starts tracking from now. An outage is an <see cref="ErrorKind.Unavailable"/> error.
    /// </summary>
    Task<Result<DirectoryDelta>> ReadAsync(TenantId tenant, string? link, CancellationToken cancellationToken = default);
}
