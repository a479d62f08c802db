using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>What the timer does with a listed circle that has nothing to finish: a request may still be on its way.</summary>
public sealed class VisitScheduledCirclesTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListedMinutesAgoWithoutASchedule_StaysListed_ForTheRequestBetweenListingAndMarkingPending()
    {
        var circle = ACircle.Mentorship();
        var listed = new ListedCircles(new ScheduledCircle(circle.Tenant, circle.Id, Now.AddMinutes(-5)));

        var visit = await Visit(circle, listed);

        Assert.Single(listed.Rows);
        Assert.Equal(new ScheduledVisit(0, 0, 0, 0, 0, 0), visit);
    }

    [Fact]
    public async Task ListedLongerThanTheGraceWithoutASchedule_IsUnlisted()
    {
        var circle = ACircle.Mentorship();
        var listed = new ListedCircles(new ScheduledCircle(circle.Tenant, circle.Id, Now - VisitScheduledCircles.ListingGrace - TimeSpan.FromMinutes(1)));

        await Visit(circle, listed);

        Assert.Empty(listed.Rows);
    }

    [Fact]
    public async Task ListedCircleTheStoreDoesNotKnow_IsUnlistedAtOnce()
    {
        var listed = new ListedCircles(new ScheduledCircle(new TenantId(Guid.NewGuid()), new CircleId(Guid.NewGuid()), Now));

        await Visit(ACircle.Mentorship(), listed);

        Assert.Empty(listed.Rows);
    }

    // Nothing here needs the calendar or the lifecycle: they are never reached.
    private static Task<ScheduledVisit> Visit(Circle stored, ListedCircles listed) =>
        new VisitScheduledCircles(new ConflictingCircleStore(stored, conflicts: 0, c => c), listed, lifecycle: null!, calendar: null!, exceptions: null!, agendas: null!, new FakeTimeProvider(Now))
            .ExecuteAsync(new NothingToReport());

    private sealed class NothingToReport : IScheduleVisitLog
    {
        public void Failed(ScheduledCircle circle, ScheduleState state, Error error) => throw new InvalidOperationException(error.Code);

        public void Crashed(ScheduledCircle circle, Exception exception) => throw new InvalidOperationException("crashed", exception);

        public void SeriesEnded(ScheduledCircle circle, string reason) => throw new InvalidOperationException(reason);

        public void Repaired(ScheduledCircle circle) => throw new InvalidOperationException("repaired");
    }
}
