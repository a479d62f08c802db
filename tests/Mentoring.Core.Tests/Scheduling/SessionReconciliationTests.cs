using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

public sealed class SessionReconciliationTests
{
    private static readonly IReadOnlyList<SessionSlot> Slots = ACadence.Weekly("Europe/Paris", "2026-12-03", interval: 2).Times(4).Expand();
    private static readonly DateTimeOffset BeforeAll = Slots[0].Start.AddDays(-1);

    [Fact]
    public void FirstSync_CreatesOneUpcomingSessionPerOccurrence_KeyedByOriginalStart()
    {
        var (upserts, deletes) = SessionReconciliation.Reconcile(Slots, [.. Slots.Select(AsOccurrence)], [], BeforeAll);

        Assert.Equal(Slots.Select(s => Session.IdFor(s.Start)), upserts.Select(s => s.Id));
        Assert.All(upserts, s => Assert.Equal(SessionState.Upcoming, s.State));
        Assert.Empty(deletes);
    }

    [Fact]
    public void NothingChanged_WritesNothing()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Slots, occurrences, [], BeforeAll);

        var (upserts, deletes) = SessionReconciliation.Reconcile(Slots, occurrences, first, BeforeAll);

        Assert.Empty(upserts);
        Assert.Empty(deletes);
    }

    [Fact]
    public void MovedInOutlook_KeepsItsIdAndTakesTheNewTime()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Slots, occurrences, [], BeforeAll);
        occurrences[1] = occurrences[1] with { Start = occurrences[1].Start.AddHours(2), End = occurrences[1].End.AddHours(2) };

        var (upserts, _) = SessionReconciliation.Reconcile(Slots, occurrences, first, BeforeAll);

        var moved = Assert.Single(upserts);
        Assert.Equal((first[1].Id, true, Slots[1].Start.AddHours(2)), (moved.Id, moved.IsMoved, moved.Start));
    }

    [Fact]
    public void MissingFromTheCalendar_IsCancelled()
    {
        var (first, _) = SessionReconciliation.Reconcile(Slots, [.. Slots.Select(AsOccurrence)], [], BeforeAll);

        var (upserts, _) = SessionReconciliation.Reconcile(Slots, [.. Slots.Where((_, i) => i != 2).Select(AsOccurrence)], first, BeforeAll);

        Assert.Equal((first[2].Id, SessionState.Cancelled), (Assert.Single(upserts).Id, upserts[0].State));
    }

    [Fact]
    public void AfterItsEnd_ASessionIsEnded_AndAFollowedUpOneStaysFollowedUp()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Slots, occurrences, [], BeforeAll);
        var existing = first.Select((s, i) => i == 0 ? s with { State = SessionState.FollowedUp } : s).ToArray();

        var (upserts, _) = SessionReconciliation.Reconcile(Slots, occurrences, existing, Slots[1].End.AddMinutes(1));

        Assert.Equal((first[1].Id, SessionState.Ended), (Assert.Single(upserts).Id, upserts[0].State));
    }

    [Fact]
    public void NewCadence_KeepsPastSessions_AndDropsFutureOnesOfTheOldCadence()
    {
        var (old, _) = SessionReconciliation.Reconcile(Slots, [.. Slots.Select(AsOccurrence)], [], BeforeAll);
        var now = Slots[1].End.AddDays(1);
        var newSlots = ACadence.Weekly("Europe/Paris", "2027-01-05").Times(2).Expand();

        var (upserts, deletes) = SessionReconciliation.Reconcile(newSlots, [.. newSlots.Select(AsOccurrence)], old, now);

        Assert.Equal(newSlots.Select(s => Session.IdFor(s.Start)), upserts.Select(s => s.Id));
        Assert.Equal([old[2].Id, old[3].Id], deletes);
    }

    private static Occurrence AsOccurrence(SessionSlot slot) => new("occ-" + slot.Start.UtcTicks, slot.Start, slot.Start, slot.End);
}
