using Azure.Data.Tables;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Privacy;
using Mentoring.Core.Reciprocity;
using Mentoring.Infrastructure.Storage;
using Mentoring.Infrastructure.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests.Privacy;

/// <summary>Closed circles and everything in them go after the retention period, exactly once, whatever the number of instances.</summary>
public sealed class RetentionTests(RetentionHost host) : IClassFixture<RetentionHost>
{
    private ICircleStore Circles => host.Services.GetRequiredService<ICircleStore>();

    [Fact]
    public async Task A_closed_circle_is_kept_24_months_then_deleted_with_all_its_rows_by_one_of_two_instances()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        var open = await Circles.AddAsync(ACircle.PeerGroup(ACircle.PeopleIn(tenant, 3)));

        host.Clock.Advance(TimeSpan.FromDays(730 - 1));
        Assert.Equal(0, await host.NewPurge().ExecuteAsync());
        Assert.NotEmpty(await RowsAsync(closed));

        host.Clock.Advance(TimeSpan.FromDays(2));
        var runs = await Task.WhenAll(host.NewPurge().ExecuteAsync(), host.NewPurge().ExecuteAsync());

        Assert.Equal(1, runs.Sum());
        Assert.Empty(await RowsAsync(closed));
        Assert.Null(await Circles.FindAsync(tenant, closed.Id));
        foreach (var member in closed.Members)
        {
            Assert.DoesNotContain(await Circles.ListForMemberAsync(tenant, member.PersonId), c => c.Id == closed.Id);
        }

        Assert.NotNull(await Circles.FindAsync(tenant, open.Value.Id));
        Assert.Equal(0, await host.NewPurge().ExecuteAsync());
    }

    [Fact]
    public async Task A_claimed_circle_is_skipped_by_another_instance_until_the_claim_expires()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        host.Clock.Advance(TimeSpan.FromDays(731));
        var list = host.Services.GetRequiredService<IRetentionList>();
        var now = host.Clock.GetUtcNow();

        var first = await list.ClaimAsync(closed, now, now + PurgeClosedCircles.Lease);
        var second = await list.ClaimAsync(closed, now, now + PurgeClosedCircles.Lease);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.DoesNotContain(await DueAsync(list, now), c => c.Id == closed.Id);
        Assert.Contains(await DueAsync(list, now + PurgeClosedCircles.Lease + TimeSpan.FromMinutes(1)), c => c.Id == closed.Id);

        host.Clock.Advance(PurgeClosedCircles.Lease + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.NewPurge().ExecuteAsync());
    }

    [Fact]
    public async Task A_purge_that_crashed_midway_is_finished_by_a_later_run_once_its_claim_expired()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        host.Clock.Advance(TimeSpan.FromDays(731));
        var stores = host.Services.GetServices<IPersonalDataStore>().ToList();
        var crashing = stores.Take(2).Append(new CrashOnForget()).Concat(stores.Skip(2));

        Assert.Equal(0, await host.NewPurge(crashing).ExecuteAsync());
        Assert.Contains(closed.Id, host.Failures.Circles("RetentionTimer"));
        Assert.NotNull(await Circles.FindAsync(tenant, closed.Id));
        Assert.Equal(0, await host.NewPurge().ExecuteAsync());

        host.Clock.Advance(PurgeClosedCircles.Lease + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.NewPurge().ExecuteAsync());
        Assert.Empty(await RowsAsync(closed));
    }

    [Fact]
    public async Task A_circle_closed_before_the_retention_list_existed_is_swept_into_it_and_deleted_24_months_after_the_sweep()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        var tables = host.Services.GetRequiredService<Tables>();

        // As a deployment from before the list: the circle is closed but listed nowhere, and no sweep ever ran.
        await tables.Retention.DeleteEntityAsync("closed", $"{tenant}_{closed.Id}");
        await tables.Retention.DeleteEntityAsync("sweep", "sweep");
        host.Clock.Advance(TimeSpan.FromDays(3));
        _ = await host.NewPurge().ExecuteAsync();

        host.Clock.Advance(TimeSpan.FromDays(730 - 1));
        _ = await host.NewPurge().ExecuteAsync();
        Assert.NotNull(await Circles.FindAsync(tenant, closed.Id));

        host.Clock.Advance(TimeSpan.FromDays(2));
        _ = await host.NewPurge().ExecuteAsync();
        Assert.Null(await Circles.FindAsync(tenant, closed.Id));
        Assert.Empty(await RowsAsync(closed));
    }

    [Fact]
    public async Task A_circle_that_cannot_be_forgotten_first_in_the_list_is_reported_and_the_others_are_still_deleted()
    {
        var tenant = new TenantId(Guid.NewGuid());
        Circle[] closed = [await ClosedCircleWithContentAsync(tenant), await ClosedCircleWithContentAsync(tenant), await ClosedCircleWithContentAsync(tenant)];
        host.Clock.Advance(TimeSpan.FromDays(731));
        var poison = new CrashOnFirstCircle();

        var purged = await host.NewPurge(host.Services.GetServices<IPersonalDataStore>().Prepend(poison)).ExecuteAsync();

        var poisoned = Assert.IsType<Circle>(poison.Poisoned);
        Assert.Contains(poisoned.Id, host.Failures.Circles("RetentionTimer"));
        Assert.NotNull(await Circles.FindAsync(poisoned.Tenant, poisoned.Id));
        foreach (var other in closed.Where(c => c.Id != poisoned.Id))
        {
            Assert.Null(await Circles.FindAsync(tenant, other.Id));
            Assert.Empty(await RowsAsync(other));
        }

        Assert.True(purged >= closed.Count(c => c.Id != poisoned.Id), $"{purged} purged");

        // Once its claim expired, a run without the fault deletes it too: it was left as it was, to be done again.
        host.Clock.Advance(PurgeClosedCircles.Lease + TimeSpan.FromMinutes(1));
        _ = await host.NewPurge().ExecuteAsync();
        Assert.Null(await Circles.FindAsync(poisoned.Tenant, poisoned.Id));
    }

    [Fact]
    public async Task Forgetting_a_closed_circle_reads_only_its_own_tenants_rows()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        var matching = host.Services.GetRequiredService<Tables>().Matching;
        // The same id in a row of the circle's tenant and, as no real row could, in another tenant's partition: a purge that
        // deletes the second has read another tenant's rows (the whole table), which retention must never do.
        var own = new TableEntity(tenant.ToString(), "retention-own-" + closed.Id) { ["CircleId"] = closed.Id.ToString() };
        var elsewhere = new TableEntity(Guid.NewGuid().ToString(), "retention-elsewhere-" + closed.Id) { ["CircleId"] = closed.Id.ToString() };
        await matching.AddEntityAsync(own);
        await matching.AddEntityAsync(elsewhere);
        host.Clock.Advance(TimeSpan.FromDays(731));

        _ = await host.NewPurge().ExecuteAsync();

        Assert.Null(await Circles.FindAsync(tenant, closed.Id));
        Assert.False((await matching.GetEntityIfExistsAsync<TableEntity>(own.PartitionKey, own.RowKey)).HasValue);
        Assert.True((await matching.GetEntityIfExistsAsync<TableEntity>(elsewhere.PartitionKey, elsewhere.RowKey)).HasValue);
    }

    [Fact]
    public async Task Forgetting_a_closed_mentorship_keeps_the_mentors_profile_that_named_it_among_her_places()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var closed = await ClosedCircleWithContentAsync(tenant);
        var matching = host.Services.GetRequiredService<Tables>().Matching;
        // A mentor's profile and its copy in the mentor index hold the circles that took her places: they are hers, not the
        // circle's. A request that led to the circle names it in a column too, and goes with it.
        var mentor = Guid.NewGuid();
        var places = $$"""["{{closed.Id}}"]""";
        var profile = new TableEntity(tenant.ToString(), "profile_" + mentor) { ["MentorPlaces"] = places };
        var copy = new TableEntity(tenant.ToString(), "mentor_" + mentor) { ["Json"] = $$"""{"places":{{places}}}""" };
        var request = new TableEntity(tenant.ToString(), "request_" + Guid.NewGuid()) { ["CircleId"] = closed.Id.ToString() };
        foreach (var row in new[] { profile, copy, request })
            await matching.AddEntityAsync(row);
        host.Clock.Advance(TimeSpan.FromDays(731));

        _ = await host.NewPurge().ExecuteAsync();

        Assert.Null(await Circles.FindAsync(tenant, closed.Id));
        Assert.True((await matching.GetEntityIfExistsAsync<TableEntity>(profile.PartitionKey, profile.RowKey)).HasValue);
        Assert.True((await matching.GetEntityIfExistsAsync<TableEntity>(copy.PartitionKey, copy.RowKey)).HasValue);
        Assert.False((await matching.GetEntityIfExistsAsync<TableEntity>(request.PartitionKey, request.RowKey)).HasValue);
    }

    /// <summary>A peer group with an agenda item and a thanks, closed now (by the fake clock).</summary>
    private async Task<Circle> ClosedCircleWithContentAsync(TenantId tenant)
    {
        var people = ACircle.PeopleIn(tenant, 3);
        var added = await Circles.AddAsync(ACircle.PeerGroup(people));
        var board = host.Services.GetRequiredService<ICircleBoardStore>();
        var now = host.Clock.GetUtcNow();
        await board.AddAsync(tenant, added.Value.Id, new AgendaItem(Guid.NewGuid(), "s1", people[0].Id, AgendaItemKind.Blocker, "Je bloque", 1, false, now));
        await board.AddAsync(tenant, added.Value.Id, new Thanks(Guid.NewGuid(), people[1].Id, people[0].Id, "Merci", now));
        var closed = added.Value with { Status = CircleStatus.Closed };
        Assert.True((await Circles.ReplaceAsync(added.Value, closed, added.Version)).IsSuccess);
        return closed;
    }

    private async Task<List<TableEntity>> RowsAsync(Circle circle)
    {
        var rows = new List<TableEntity>();
        var tables = host.Services.GetRequiredService<Tables>();
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {circle.Tenant + "_" + circle.Id}")))
        {
            rows.Add(row);
        }

        await foreach (var row in tables.Retention.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"CircleId eq {circle.Id.Value}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<List<Circle>> DueAsync(IRetentionList list, DateTimeOffset now)
    {
        var due = new List<Circle>();
        await foreach (var circle in list.DueAsync(now.AddMonths(-24), now))
        {
            due.Add(circle);
        }

        return due;
    }

    /// <summary>A store that cannot forget the first circle the purge hands it (a row that cannot be read, say), and only that one.</summary>
    private sealed class CrashOnFirstCircle : IPersonalDataStore
    {
        public Circle? Poisoned { get; private set; }

        public string Store => "(test poison)";

        public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

        public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
        {
            Poisoned ??= circle;
            return Poisoned.Id == circle.Id ? throw new InvalidDataException("The circle's rows cannot be read.") : Task.CompletedTask;
        }
    }

    private sealed class CrashOnForget : IPersonalDataStore
    {
        public string Store => "(test crash)";

        public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

        public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => throw new IOException("The instance died midway through the purge.");
    }
}
