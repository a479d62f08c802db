using Azure;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>A creation retried under the same id (an idempotency key) stores nothing twice and repairs the index.</summary>
[Collection(StorageCollection.Name)]
public sealed class RetriedCreationTests(StorageFixture storage)
{
    [Fact]
    public async Task AddingTheSameIdTwice_ReturnsTheFirstStoredCircle()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "Alice"), APerson.In(tenant, "Bruno"));
        var first = await storage.Circles.AddAsync(circle);

        var retried = await storage.Circles.AddAsync(circle with { Objective = "autre chose" });

        Assert.Equal(first.Version, retried.Version);
        Assert.Equal(circle.Objective, retried.Value.Objective);
    }

    [Fact]
    public async Task ARetryAfterACrashBetweenTheTwoWrites_WritesTheMissingIndexRow()
    {
        var tenant = APerson.NewTenant();
        var (alice, bruno) = (APerson.In(tenant, "Alice"), APerson.In(tenant, "Bruno"));
        var circle = ACircle.Mentorship(alice, bruno);
        await storage.Circles.AddAsync(circle);
        var memberships = storage.Services.GetRequiredService<Tables>().Memberships;
        await memberships.DeleteEntityAsync(Keys.PersonPartition(tenant, bruno.Id), Keys.Row(circle.Id.Value), ETag.All);
        Assert.Empty(await storage.Circles.ListForMemberAsync(tenant, bruno.Id));

        await storage.Circles.AddAsync(circle);

        Assert.Equal([circle.Id], (await storage.Circles.ListForMemberAsync(tenant, bruno.Id)).Select(c => c.Id));
    }
}
