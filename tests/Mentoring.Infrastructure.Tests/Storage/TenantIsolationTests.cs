using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>Nothing of one tenant is visible from another, even with the right ids.</summary>
[Collection(StorageCollection.Name)]
public sealed class TenantIsolationTests(StorageFixture storage)
{
    [Fact]
    public async Task FindWithAnotherTenant_IsNull()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "A"), APerson.In(tenant, "B"));
        await storage.Circles.AddAsync(circle);

        Assert.Null(await storage.Circles.FindAsync(APerson.NewTenant(), circle.Id));
    }

    [Fact]
    public async Task ListForAMemberWithAnotherTenant_IsEmpty()
    {
        var tenant = APerson.NewTenant();
        var mentor = APerson.In(tenant, "A");
        await storage.Circles.AddAsync(ACircle.Mentorship(mentor, APerson.In(tenant, "B")));

        Assert.Single(await storage.Circles.ListForMemberAsync(tenant, mentor.Id));
        Assert.Empty(await storage.Circles.ListForMemberAsync(APerson.NewTenant(), mentor.Id));
    }

    [Fact]
    public async Task PersonDirectoryWithAnotherTenant_DoesNotFindThePerson()
    {
        var tenant = APerson.NewTenant();
        var person = APerson.In(tenant, "Alice");
        await storage.People.SaveAsync(person, DateTimeOffset.UnixEpoch);

        Assert.Equal([person], await storage.People.FindAsync(tenant, [person.Id]));
        Assert.Empty(await storage.People.FindAsync(APerson.NewTenant(), [person.Id]));
    }

    [Fact]
    public async Task PersonDirectory_ReturnsOnlyTheKnownIdsOnce()
    {
        var tenant = APerson.NewTenant();
        var (alice, bruno) = (APerson.In(tenant, "Alice"), APerson.In(tenant, "Bruno"));
        await storage.People.SaveAsync(alice, DateTimeOffset.UnixEpoch);
        await storage.People.SaveAsync(bruno, DateTimeOffset.UnixEpoch);

        var found = await storage.People.FindAsync(tenant, [alice.Id, alice.Id, new PersonId(Guid.NewGuid()), bruno.Id]);

        Assert.Equal([alice, bruno], found.OrderBy(p => p.DisplayName));
    }
}
