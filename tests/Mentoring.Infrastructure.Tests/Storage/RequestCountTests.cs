namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>The reads behind a tab view and "my circles" cost one storage request each.</summary>
[Collection(StorageCollection.Name)]
public sealed class RequestCountTests(StorageFixture storage)
{
    [Fact]
    public async Task FindingACircle_IsOneRequest()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.PeerGroup(ACircle.PeopleIn(tenant, 5));
        await storage.Circles.AddAsync(circle);

        var before = storage.Requests.Count;
        var found = await storage.Circles.FindAsync(tenant, circle.Id);

        Assert.NotNull(found);
        Assert.Equal(1, storage.Requests.Count - before);
    }

    [Fact]
    public async Task ListingAMembersCircles_IsOneRequest()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 3);
        await storage.Circles.AddAsync(ACircle.PeerGroup(people));
        await storage.Circles.AddAsync(ACircle.Mentorship(people[0], people[1]));
        await storage.Circles.AddAsync(ACircle.Mentorship(people[2], people[0]));

        var before = storage.Requests.Count;
        var circles = await storage.Circles.ListForMemberAsync(tenant, people[0].Id);

        Assert.Equal(3, circles.Count);
        Assert.Equal(1, storage.Requests.Count - before);
    }

    [Fact]
    public async Task FindingAMissingCircle_IsOneRequest()
    {
        var before = storage.Requests.Count;

        await storage.Circles.FindAsync(APerson.NewTenant(), new Core.Circles.CircleId(Guid.NewGuid()));

        Assert.Equal(1, storage.Requests.Count - before);
    }
}
