using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>Where mentor requests live: in the tenant's matching partition, next to the profiles, so an acceptance and the
/// mentor's new count are written in one transaction.</summary>
public interface IMentorRequestStore
{
    /// <summary>Stores a new request; a retry with the same id gets what the first attempt stored and <c>Added</c> false.</summary>
    Task<(Versioned<MentorRequest> Stored, bool Added)> AddAsync(MentorRequest request, CancellationToken cancellationToken = default);

    Task<Versioned<MentorRequest>?> FindAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The requests a person sent or received.</summary>
    Task<IReadOnlyList<MentorRequest>> ListForAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>Replaces a request still at <paramref name="version"/>; else the conflict <c>request.changed</c>.</summary>
    Task<Result<string>> ReplaceAsync(MentorRequest after, string version, CancellationToken cancellationToken = default);

    /// <summary>Atomically: the request becomes <paramref name="accepted"/> and the mentor's profile <paramref name="mentorAfter"/>
    /// (one more mentee), each only if still at its version; else nothing is written and the answer is <c>request.changed</c>.</summary>
    Task<Result<Unit>> AcceptAsync(MentorRequest accepted, string requestVersion, Versioned<Profile>? mentorAfter, CancellationToken cancellationToken = default);
}
