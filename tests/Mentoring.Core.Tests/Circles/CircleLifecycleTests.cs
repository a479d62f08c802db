using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Circles;

/// <summary>The lifecycle active ⇄ paused → closed, closed being final.</summary>
public sealed class CircleLifecycleTests
{
    [Theory]
    [InlineData(CircleStatus.Active, CircleStatus.Paused)]
    [InlineData(CircleStatus.Paused, CircleStatus.Active)]
    [InlineData(CircleStatus.Active, CircleStatus.Closed)]
    [InlineData(CircleStatus.Paused, CircleStatus.Closed)]
    public void AllowedTransition_ChangesOnlyTheStatus(CircleStatus from, CircleStatus to)
    {
        var circle = ACircle.Mentorship().WithStatus(from);

        var changed = circle.ChangeStatus(circle.Members[0].PersonId, to, DateTimeOffset.UnixEpoch);

        Assert.Equal(circle with { Status = to }, changed.Value);
    }

    [Theory]
    [InlineData(CircleStatus.Active)]
    [InlineData(CircleStatus.Paused)]
    [InlineData(CircleStatus.Closed)]
    public void AskingForTheCurrentStatus_ReturnsTheSameCircle(CircleStatus status)
    {
        var circle = ACircle.Mentorship().WithStatus(status);

        Assert.Same(circle, circle.ChangeStatus(circle.Members[0].PersonId, status, DateTimeOffset.UnixEpoch).Value);
    }

    [Theory]
    [InlineData(CircleStatus.Active)]
    [InlineData(CircleStatus.Paused)]
    public void ClosedCircle_CannotBeReopenedOrPaused(CircleStatus target)
    {
        var closed = ACircle.PeerGroupOf(3).WithStatus(CircleStatus.Closed);

        ResultAssert.Conflict(closed.ChangeStatus(closed.Members[0].PersonId, target, DateTimeOffset.UnixEpoch), "circle.closed");
    }

    [Fact]
    public void ClosedCircle_RefusesEveryOtherChange()
    {
        var closed = ACircle.PeerGroupOf(4).WithStatus(CircleStatus.Closed);
        var caller = closed.Members[0].PersonId;

        ResultAssert.Conflict(closed.AddMember(APerson.Named("New")), "circle.closed");
        ResultAssert.Conflict(closed.RemoveMember(closed.Members[1].PersonId, closed.Members[1].PersonId), "circle.closed");
        ResultAssert.Conflict(closed.ReviseObjectives(caller, "Autre", null), "circle.closed");
        ResultAssert.Conflict(closed.ReviseObjectives(caller, null, "Le mien"), "circle.closed");
    }
}
