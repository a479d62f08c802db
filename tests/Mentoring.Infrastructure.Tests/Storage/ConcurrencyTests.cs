using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>ETags: of two writers who read the same version, the second is told the circle changed and nothing of theirs is kept.</summary>
[Collection(StorageCollection.Name)]
public sealed class ConcurrencyTests(StorageFixture storage)
{
    [Fact]
    public async Task SecondReplaceWithTheSameOldVersion_IsAConflictAndTheFirstWriterWins()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 4);
        var circle = ACircle.PeerGroup(people);
        var version = (await storage.Circles.AddAsync(circle)).Version;
        var first = circle.ReviseObjectives(people[0].Id, "Premier", null).Value;
        var second = circle.RemoveMember(people[3].Id, people[3].Id).Value.ChangeStatus(people[0].Id, CircleStatus.Closed, DateTimeOffset.UnixEpoch).Value;

        var firstSaved = await storage.Circles.ReplaceAsync(circle, first, version);
        var secondSaved = await storage.Circles.ReplaceAsync(circle, second, version);

        Assert.True(firstSaved.IsSuccess);
        var error = Assert.Single(secondSaved.Errors);
        Assert.Equal((ErrorKind.Conflict, "circle.changed"), (error.Kind, error.Code));
        var stored = await storage.Circles.FindAsync(tenant, circle.Id);
        CircleAssert.Same(first, stored?.Value);
        Assert.Equal(firstSaved.Value, stored!.Version);
    }

    [Fact]
    public async Task LosingWriter_LeavesTheIndexAsTheWinnerWroteIt()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 4);
        var circle = ACircle.PeerGroup(people);
        var version = (await storage.Circles.AddAsync(circle)).Version;

        await storage.Circles.ReplaceAsync(circle, circle.ChangeStatus(people[0].Id, CircleStatus.Paused, DateTimeOffset.UnixEpoch).Value, version);
        await storage.Circles.ReplaceAsync(circle, circle.RemoveMember(people[3].Id, people[3].Id).Value, version);

        var row = Assert.Single(await storage.Circles.ListForMemberAsync(tenant, people[3].Id));
        Assert.Equal(CircleStatus.Paused, row.Status);
    }

    [Fact]
    public async Task ConcurrentReplacesWithTheSameVersion_ExactlyOneSucceeds()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "A"), APerson.In(tenant, "B"));
        var version = (await storage.Circles.AddAsync(circle)).Version;

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            storage.Circles.ReplaceAsync(circle, circle with { Objective = $"Writer {i}" }, version)));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("circle.changed", Assert.Single(r.Errors).Code));
    }
}
