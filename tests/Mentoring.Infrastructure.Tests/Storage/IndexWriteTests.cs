using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>A replace rewrites only the index rows whose content changes: scheduling a circle costs one write, not one per member.</summary>
[Collection(StorageCollection.Name)]
public sealed class IndexWriteTests(StorageFixture storage)
{
    [Fact]
    public async Task ReplacingOnlyTheSchedule_IsOneRequest_AndTheIndexStillListsTheCircle()
    {
        var people = ACircle.PeopleIn(APerson.NewTenant(), 5);
        var circle = ACircle.PeerGroup(people);
        var stored = await storage.Circles.AddAsync(circle);
        var scheduled = circle with { Schedule = CircleSchedule.Pending(people[0].Id, "tx", ACircle.CreatedAt) };

        var before = storage.Requests.Count;
        Assert.True((await storage.Circles.ReplaceAsync(circle, scheduled, stored.Version)).IsSuccess);

        Assert.Equal(1, storage.Requests.Count - before);
        foreach (var person in people)
        {
            Assert.Single(await storage.Circles.ListForMemberAsync(circle.Tenant, person.Id), s => s.Id == circle.Id);
        }
    }

    [Fact]
    public async Task PausingTheCircle_RewritesEveryMembersRow()
    {
        var people = ACircle.PeopleIn(APerson.NewTenant(), 4);
        var circle = ACircle.PeerGroup(people);
        var stored = await storage.Circles.AddAsync(circle);
        var paused = circle with { Status = CircleStatus.Paused };

        var before = storage.Requests.Count;
        Assert.True((await storage.Circles.ReplaceAsync(circle, paused, stored.Version)).IsSuccess);

        Assert.Equal(1 + 4, storage.Requests.Count - before);
        foreach (var person in people)
        {
            Assert.Equal(CircleStatus.Paused, (await storage.Circles.ListForMemberAsync(circle.Tenant, person.Id)).Single().Status);
        }
    }
}
