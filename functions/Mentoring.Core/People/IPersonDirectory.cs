using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>Finds the people of one tenant.</summary>
public interface IPersonDirectory
{
    /// <summary>Returns the people found among <paramref name="ids"/>; unknown ids, or ids of another tenant, are absent.</summary>
    Task<IReadOnlyList<Person>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default);
}
