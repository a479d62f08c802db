using Mentoring.Core.Circles;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>The per-person index behind "my circles": written with the circle, kept in step by every replace.</summary>
[Collection(StorageCollection.Name)]
public sealed class MyCirclesIndexTests(StorageFixture storage)
{
    [Fact]
    public async Task EachMember_ListsExactlyTheirCirclesWithRoleKindNameAndStatus()
    {
        var tenant = APerson.NewTenant();
        var (alice, bruno, chloe, david) = (APerson.In(tenant, "Alice"), APerson.In(tenant, "Bruno"), APerson.In(tenant, "Chloé"), APerson.In(tenant, "David"));
        var mentorship = ACircle.Mentorship(alice, bruno);
        var peers = ACircle.PeerGroup(alice, chloe, david) with { Status = CircleStatus.Paused };
        await storage.Circles.AddAsync(mentorship);
        await storage.Circles.AddAsync(peers);

        Assert.Equal(
            Sorted(
                new CircleSummary(mentorship.Id, alice.Id, CircleKind.Mentorship, "Prise de poste", CircleStatus.Active, MemberRole.Mentor),
                new CircleSummary(peers.Id, alice.Id, CircleKind.PeerGroup, "Nouveaux managers", CircleStatus.Paused, MemberRole.Peer)),
            Sorted([.. await storage.Circles.ListForMemberAsync(tenant, alice.Id)]));
        Assert.Equal(
            [new CircleSummary(mentorship.Id, bruno.Id, CircleKind.Mentorship, "Prise de poste", CircleStatus.Active, MemberRole.Mentee)],
            await storage.Circles.ListForMemberAsync(tenant, bruno.Id));
        Assert.Equal(
            [new CircleSummary(peers.Id, chloe.Id, CircleKind.PeerGroup, "Nouveaux managers", CircleStatus.Paused, MemberRole.Peer)],
            await storage.Circles.ListForMemberAsync(tenant, chloe.Id));
    }

    [Fact]
    public async Task PersonInNoCircle_ListsNothing()
    {
        Assert.Empty(await storage.Circles.ListForMemberAsync(APerson.NewTenant(), APerson.In(APerson.NewTenant(), "Nobody").Id));
    }

    [Fact]
    public async Task ReplaceThatSwapsAPeer_RemovesTheLeaversRowAndAddsTheNewcomers()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 4);
        var circle = ACircle.PeerGroup(people);
        var version = (await storage.Circles.AddAsync(circle)).Version;
        var newcomer = APerson.In(tenant, "Newcomer");
        var swapped = circle.RemoveMember(people[3].Id, people[3].Id).Value.AddMember(newcomer).Value;

        var saved = await storage.Circles.ReplaceAsync(circle, swapped, version);

        Assert.True(saved.IsSuccess);
        Assert.Empty(await storage.Circles.ListForMemberAsync(tenant, people[3].Id));
        Assert.Equal(
            [new CircleSummary(circle.Id, newcomer.Id, CircleKind.PeerGroup, circle.Name, CircleStatus.Active, MemberRole.Peer)],
            await storage.Circles.ListForMemberAsync(tenant, newcomer.Id));
        Assert.Single(await storage.Circles.ListForMemberAsync(tenant, people[0].Id));
    }

    [Fact]
    public async Task ReplaceThatRemovesAPeer_KeepsTheLeaversOtherCircles()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 4);
        var group = ACircle.PeerGroup(people);
        var mentorship = ACircle.Mentorship(people[3], people[0]);
        var version = (await storage.Circles.AddAsync(group)).Version;
        await storage.Circles.AddAsync(mentorship);

        await storage.Circles.ReplaceAsync(group, group.RemoveMember(people[3].Id, people[3].Id).Value, version);

        Assert.Equal([mentorship.Id], (await storage.Circles.ListForMemberAsync(tenant, people[3].Id)).Select(s => s.Id));
    }

    [Fact]
    public async Task StatusChange_UpdatesEveryMembersRow()
    {
        var tenant = APerson.NewTenant();
        var people = ACircle.PeopleIn(tenant, 5);
        var circle = ACircle.PeerGroup(people);
        var version = (await storage.Circles.AddAsync(circle)).Version;
        var paused = await storage.Circles.ReplaceAsync(circle, circle.ChangeStatus(circle.Members[0].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch).Value, version);

        await storage.Circles.ReplaceAsync(circle with { Status = CircleStatus.Paused }, circle.ChangeStatus(circle.Members[0].PersonId, CircleStatus.Closed, DateTimeOffset.UnixEpoch).Value, paused.Value);

        foreach (var person in people)
        {
            var row = Assert.Single(await storage.Circles.ListForMemberAsync(tenant, person.Id));
            Assert.Equal(CircleStatus.Closed, row.Status);
        }
    }

    private static CircleSummary[] Sorted(params CircleSummary[] rows) => [.. rows.OrderBy(r => r.Id.Value)];
}
