using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.People;

/// <summary>A directory (the Graph port) that knows some people, counts its reads, and can be down.</summary>
internal sealed class ADirectory : IPeopleSource
{
    private readonly Dictionary<PersonId, Person> people = [];

    public List<PersonId> Reads { get; } = [];

    public bool Down { get; set; }

    public ADirectory Knowing(params Person[] known)
    {
        foreach (var person in known)
        {
            people[person.Id] = person;
        }

        return this;
    }

    public Task<Result<Person?>> FindAsync(TenantId tenant, PersonId id, CancellationToken cancellationToken = default)
    {
        Reads.Add(id);
        if (Down)
        {
            return Task.FromResult<Result<Person?>>(Error.Unavailable("directory.unavailable", TimeSpan.FromSeconds(7)));
        }

        return Task.FromResult<Result<Person?>>(people.TryGetValue(id, out var person) && person.Tenant == tenant ? person : null);
    }

    public List<string> Searches { get; } = [];

    public Task<Result<IReadOnlyList<PersonMatch>>> SearchAsync(TenantId tenant, string text, int top, CancellationToken cancellationToken = default)
    {
        Searches.Add(text);
        if (Down)
        {
            return Task.FromResult<Result<IReadOnlyList<PersonMatch>>>(Error.Unavailable("directory.unavailable", TimeSpan.FromSeconds(7)));
        }

        return Task.FromResult<Result<IReadOnlyList<PersonMatch>>>(Array.Empty<PersonMatch>());
    }
}
