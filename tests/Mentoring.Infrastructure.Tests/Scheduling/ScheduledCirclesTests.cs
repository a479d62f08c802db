using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Scheduling;
using Mentoring.Infrastructure.Storage;
using Mentoring.Infrastructure.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests.Scheduling;

/// <summary>The timer's work list: a row per circle in its tenant's partition, read a page at a time.</summary>
[Collection(StorageCollection.Name)]
public sealed class ScheduledCirclesTests(StorageFixture storage)
{
    private TableScheduledCircles List => (TableScheduledCircles)storage.Services.GetRequiredService<IScheduledCircles>();

    [Fact]
    public async Task ARow_LivesInItsTenantsPartition_AndIsGoneOnceRemoved()
    {
        var (tenant, circle) = (APerson.NewTenant(), new CircleId(Guid.NewGuid()));

        await List.AddAsync(tenant, circle);
        var row = await storage.Services.GetRequiredService<Tables>().Scheduled.GetEntityIfExistsAsync<TableEntity>(tenant.ToString(), circle.ToString());
        Assert.True(row.HasValue);
        Assert.Contains(await All(), c => c.Tenant == tenant && c.Circle == circle);

        await List.RemoveAsync(tenant, circle);
        Assert.DoesNotContain(await All(), c => c.Circle == circle);
    }

    [Fact]
    public async Task AListedCircle_IsUnfinishedUntilMarkedFinished_AndTheMarkIsNeverAListedRow()
    {
        var (tenant, circle) = (APerson.NewTenant(), new CircleId(Guid.NewGuid()));

        await List.AddAsync(tenant, circle);
        Assert.Contains(await Unfinished(), c => c.Tenant == tenant && c.Circle == circle);
        Assert.Single(await All(), c => c.Circle == circle);

        await List.MarkFinishedAsync(tenant, circle);
        Assert.DoesNotContain(await Unfinished(), c => c.Circle == circle);
        Assert.Single(await All(), c => c.Circle == circle);

        await List.MarkUnfinishedAsync(tenant, circle);
        await List.RemoveAsync(tenant, circle);
        Assert.DoesNotContain(await Unfinished(), c => c.Circle == circle);
        Assert.DoesNotContain(await All(), c => c.Circle == circle);
    }

    [Fact]
    public async Task Listing_FetchesTheNextPageOnlyWhenThePreviousOneIsVisited()
    {
        foreach (var tenant in new[] { APerson.NewTenant(), APerson.NewTenant() })
        {
            for (var i = 0; i < 3; i++)
            {
                await List.AddAsync(tenant, new CircleId(Guid.NewGuid()));
            }
        }

        var before = storage.Requests.Count;
        var requestsSeen = new List<long>();
        await foreach (var _ in List.ListAsync(pageSize: 2))
        {
            requestsSeen.Add(storage.Requests.Count - before);
        }

        Assert.True(requestsSeen.Count >= 6);
        Assert.Equal([1, 1, 2, 2, 3, 3], requestsSeen.Take(6));
    }

    [Fact]
    public async Task RowsRemovedWhileListing_DoNotStopTheListing()
    {
        var tenant = APerson.NewTenant();
        for (var i = 0; i < 5; i++)
        {
            await List.AddAsync(tenant, new CircleId(Guid.NewGuid()));
        }

        var seen = 0;
        await foreach (var row in List.ListAsync(pageSize: 2))
        {
            if (row.Tenant == tenant)
            {
                await List.RemoveAsync(row.Tenant, row.Circle);
                seen++;
            }
        }

        Assert.Equal(5, seen);
        Assert.DoesNotContain(await All(), c => c.Tenant == tenant);
    }

    private async Task<List<ScheduledCircle>> Unfinished()
    {
        var rows = new List<ScheduledCircle>();
        await foreach (var row in List.ListUnfinishedAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<ScheduledCircle>> All()
    {
        var rows = new List<ScheduledCircle>();
        await foreach (var row in List.ListAsync())
        {
            rows.Add(row);
        }

        return rows;
    }
}
