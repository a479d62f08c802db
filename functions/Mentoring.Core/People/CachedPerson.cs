namespace Mentoring.Core.People;

/// <summary>A person as stored by the product, with the instant the directory was last read for them.</summary>
public sealed record CachedPerson(Person Person, DateTimeOffset RefreshedAt);
