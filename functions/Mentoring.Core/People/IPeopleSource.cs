using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>The tenant's directory itself (Microsoft Graph): the source of truth about people, slower than the stored copy.</summary>
/// <remarks>
/// Every call is scoped to one tenant: a person of another tenant is never found and never listed. An outage is an
/// <see cref="ErrorKind.Unavailable"/> error, never an absence, so a person is never called unknown because Graph was down.
/// </remarks>
public interface IPeopleSource
{
    /// <summary>The person with this id in <paramref name="tenant"/>, or null when the directory has nobody by that id there.</summary>
    Task<Result<Person?>> FindAsync(TenantId tenant, PersonId id, CancellationToken cancellationToken = default);

    /// <summary>People of <paramref name="tenant"/> whose name or email starts with the words of <paramref name="text"/>, at most <paramref name="top"/>.</summary>
    /// <remarks><paramref name="text"/> is what a person typed: the implementation makes it inert in the directory's query syntax.</remarks>
    Task<Result<IReadOnlyList<PersonMatch>>> SearchAsync(TenantId tenant, string text, int top, CancellationToken cancellationToken = default);
}
