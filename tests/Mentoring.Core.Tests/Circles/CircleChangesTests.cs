using Mentoring.Core.Circles;
using Mentoring.Core.Requests;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Common;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Read, change, write: a lost race is retried on the fresh circle unless the caller named the version they saw.</summary>
public sealed class CircleChangesTests
{
    private static readonly Func<Circle, Circle> SomeoneRenames = c => c with { Name = "Renamed by someone else" };

    [Fact]
    public async Task ConflictWithoutExpectedVersion_ReappliesTheChangeToTheFreshCircle()
    {
        var circle = ACircle.PeerGroupOf(3);
        var store = new ConflictingCircleStore(circle, conflicts: 1, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, null, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(circle with { Name = "Renamed by someone else", Status = CircleStatus.Paused }, result.Value.Circle);
        Assert.Equal((store.Current, store.Version), (result.Value.Circle, result.Value.Version));
        Assert.Equal(2, store.Replaces);
    }

    [Fact]
    public async Task ConflictWithExpectedVersion_IsReturnedAtOnce()
    {
        var circle = ACircle.PeerGroupOf(3);
        var store = new ConflictingCircleStore(circle, conflicts: 1, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, store.Version, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch), CancellationToken.None);

        ResultAssert.Conflict(result, "circle.changed");
        Assert.Equal(1, store.Replaces);
        Assert.Equal(CircleStatus.Active, store.Current.Status);
    }

    [Fact]
    public async Task StaleExpectedVersion_IsAConflictWithoutWriting()
    {
        var circle = ACircle.PeerGroupOf(3);
        var store = new ConflictingCircleStore(circle, conflicts: 0, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, "v0", c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch), CancellationToken.None);

        ResultAssert.Conflict(result, "circle.changed");
        Assert.Equal(0, store.Replaces);
    }

    [Fact]
    public async Task ConflictOnEveryAttempt_GivesUpAfterThreeWithTheConflict()
    {
        var circle = ACircle.PeerGroupOf(3);
        var store = new ConflictingCircleStore(circle, conflicts: 10, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, null, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch), CancellationToken.None);

        ResultAssert.Conflict(result, "circle.changed");
        Assert.Equal(3, store.Replaces);
    }

    [Fact]
    public async Task ChangeThatNoLongerHoldsOnTheFreshCircle_ReturnsItsError()
    {
        var circle = ACircle.PeerGroupOf(4);
        var store = new ConflictingCircleStore(circle, conflicts: 1, c => c.RemoveMember(c.Members[3].PersonId, c.Members[3].PersonId).Value);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, null, c => c.RemoveMember(circle.Members[2].PersonId, circle.Members[2].PersonId), CancellationToken.None);

        ResultAssert.Invalid(result, "personId", "peerGroup.size");
        Assert.Equal(3, store.Current.Members.Count);
    }

    [Fact]
    public async Task ChangeThatChangesNothing_IsNotWritten()
    {
        var circle = ACircle.Mentorship();
        var store = new ConflictingCircleStore(circle, conflicts: 1, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(circle), circle.Id, null, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Active, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(new CircleView(circle, "v1"), result.Value);
        Assert.Equal(0, store.Replaces);
    }

    [Fact]
    public async Task CallerNotAMember_IsNotFoundWithoutWriting()
    {
        var circle = ACircle.Mentorship();
        var store = new ConflictingCircleStore(circle, conflicts: 0, SomeoneRenames);

        var result = await store.ApplyAsync(ACaller.For(APerson.Named("Stranger")), circle.Id, null, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Closed, DateTimeOffset.UnixEpoch), CancellationToken.None);

        ResultAssert.SingleError(result, ErrorKind.NotFound, "circle.notFound");
        Assert.Equal(0, store.Replaces);
    }

    [Fact]
    public async Task MemberOfAnotherTenantWithTheSameIds_IsNotFound()
    {
        var circle = ACircle.Mentorship();
        var store = new ConflictingCircleStore(circle, conflicts: 0, SomeoneRenames);
        var sameIdOtherTenant = ACaller.For(circle) with { Tenant = APerson.OtherTenant };

        var result = await store.ApplyAsync(sameIdOtherTenant, circle.Id, null, c => c.ChangeStatus(c.Members[0].PersonId, CircleStatus.Closed, DateTimeOffset.UnixEpoch), CancellationToken.None);

        ResultAssert.SingleError(result, ErrorKind.NotFound, "circle.notFound");
    }

    [Fact]
    public async Task UpdateCircleRevisingAndClosing_SavesBothOrNeither()
    {
        var circle = ACircle.Mentorship();
        var store = new ConflictingCircleStore(circle, conflicts: 0, SomeoneRenames);
        var caller = ACaller.For(circle, memberIndex: 1);

        // The circle has no series, so closing it never reaches the calendar: no lifecycle is needed.
        var update = new UpdateCircle(store, new CircleCalendar(store, null!, null!), new MentorPlaces(new Requests.OneProfileStore(null)), new FakeTimeProvider(ACircleDraft.Now));
        var bad = await update.ExecuteAsync(caller, circle.Id, new CirclePatch(new string('o', 2_001), null, CircleStatus.Closed), null);
        var good = await update.ExecuteAsync(caller, circle.Id, new CirclePatch("Bilan", "Appris", CircleStatus.Closed), null);

        ResultAssert.Invalid(bad, "objective", "text.tooLong");
        Assert.Equal(("Bilan", "Appris", "", CircleStatus.Closed), (store.Current.Objective, store.Current.Members[1].Objective, store.Current.Members[0].Objective, store.Current.Status));
        Assert.Equal(good.Value.Circle, store.Current);
    }
}
