using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

public sealed class SessionReconciliationTests
{
    private static readonly Cadence Cadence = ACadence.Weekly("Europe/Paris", "2026-12-03", interval: 2).Times(4).Build();
    private static readonly IReadOnlyList<SessionSlot> Slots = Cadence.Expand();
    private static readonly DateTimeOffset BeforeAll = Slots[0].Start.AddDays(-1);

    [Fact]
    public void FirstSync_CreatesOneUpcomingSessionPerOccurrence_KeyedByOriginalStart()
    {
        var (upserts, deletes) = SessionReconciliation.Reconcile(Cadence, [.. Slots.Select(AsOccurrence)], [], BeforeAll);

        Assert.Equal(Slots.Select(s => Session.IdFor(s.Start)), upserts.Select(s => s.Id));
        Assert.All(upserts, s => Assert.Equal(SessionState.Upcoming, s.State));
        Assert.Empty(deletes);
    }

    [Fact]
    public void NothingChanged_WritesNothing()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Cadence, occurrences, [], BeforeAll);

        var (upserts, deletes) = SessionReconciliation.Reconcile(Cadence, occurrences, first, BeforeAll);

        Assert.Empty(upserts);
        Assert.Empty(deletes);
    }

    [Fact]
    public void MovedInOutlook_KeepsItsIdAndTakesTheNewTime()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Cadence, occurrences, [], BeforeAll);
        occurrences[1] = occurrences[1] with { Start = occurrences[1].Start.AddHours(2), End = occurrences[1].End.AddHours(2) };

        var (upserts, _) = SessionReconciliation.Reconcile(Cadence, occurrences, first, BeforeAll);

        var moved = Assert.Single(upserts);
        Assert.Equal((first[1].Id, true, Slots[1].Start.AddHours(2)), (moved.Id, moved.IsMoved, moved.Start));
    }

    [Fact]
    public void MissingFromTheCalendar_IsCancelled()
    {
        var (first, _) = SessionReconciliation.Reconcile(Cadence, [.. Slots.Select(AsOccurrence)], [], BeforeAll);

        var (upserts, _) = SessionReconciliation.Reconcile(Cadence, [.. Slots.Where((_, i) => i != 2).Select(AsOccurrence)], first, BeforeAll);

        Assert.Equal((first[2].Id, SessionState.Cancelled), (Assert.Single(upserts).Id, upserts[0].State));
    }

    [Fact]
    public void AfterItsEnd_ASessionIsEnded_AndAFollowedUpOneStaysFollowedUp()
    {
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var (first, _) = SessionReconciliation.Reconcile(Cadence, occurrences, [], BeforeAll);
        var existing = first.Select((s, i) => i == 0 ? s with { State = SessionState.FollowedUp } : s).ToArray();

        var (upserts, _) = SessionReconciliation.Reconcile(Cadence, occurrences, existing, Slots[1].End.AddMinutes(1));

        Assert.Equal((first[1].Id, SessionState.Ended), (Assert.Single(upserts).Id, upserts[0].State));
    }

    [Fact]
    public void NewCadence_KeepsPastSessions_AndDropsFutureOnesOfTheOldCadence()
    {
        var (old, _) = SessionReconciliation.Reconcile(Cadence, [.. Slots.Select(AsOccurrence)], [], BeforeAll);
        var now = Slots[1].End.AddDays(1);
        var newCadence = ACadence.Weekly("Europe/Paris", "2027-01-05").Times(2).Build();
        var newSlots = newCadence.Expand();

        var (upserts, deletes) = SessionReconciliation.Reconcile(newCadence, [.. newSlots.Select(AsOccurrence)], old, now);

        Assert.Equal(newSlots.Select(s => Session.IdFor(s.Start)), upserts.Select(s => s.Id));
        Assert.Equal([old[2].Id, old[3].Id], deletes);
    }

    [Fact]
    public void OccurrenceAnHourOffTheExpectedInstant_IsThatDaysSession_NotACancellationPlusAStranger()
    {
        // Graph computes instants from Windows zone data: around a DST change it may place an occurrence an hour away from tzdb.
        var occurrences = Slots.Select(AsOccurrence).ToArray();
        var shifted = Slots[2].Start.AddHours(1);
        occurrences[2] = new Occurrence("occ-shifted", shifted, shifted, shifted.AddHours(1));

        var (upserts, deletes) = SessionReconciliation.Reconcile(Cadence, occurrences, [], BeforeAll);

        Assert.Equal(4, upserts.Count);
        Assert.DoesNotContain(upserts, s => s.State == SessionState.Cancelled);
        var third = upserts.Single(s => s.OccurrenceId == "occ-shifted");
        Assert.Equal((Session.IdFor(Slots[2].Start), shifted, false), (third.Id, third.Start, third.IsMoved));
        Assert.Empty(deletes);
    }

    [Fact]
    public void LateSessionAnHourOffAcrossMidnight_IsStillThatDaysSession()
    {
        var late = ACadence.Weekly("Europe/Paris", "2026-12-03").At(23, 30).Times(2).Build();
        var slots = late.Expand();
        var nextDay = slots[1].Start.AddHours(1);
        Occurrence[] occurrences = [AsOccurrence(slots[0]), new("occ-next-day", nextDay, nextDay, nextDay.AddHours(1))];

        var (upserts, _) = SessionReconciliation.Reconcile(late, occurrences, [], slots[0].Start.AddDays(-1));

        Assert.Equal([Session.IdFor(slots[0].Start), Session.IdFor(slots[1].Start)], upserts.Select(s => s.Id));
        Assert.Equal(SessionState.Upcoming, upserts[1].State);
    }

    [Fact]
    public void SessionStoredUnderAnotherInstantOfItsDay_KeepsItsId()
    {
        // Stored before the zone arithmetic changed: same day, an hour off; its agenda hangs on the old id.
        var stored = new Session("legacy-id", "occ-legacy", Slots[1].Start.AddHours(-1), Slots[1].Start.AddHours(-1), Slots[1].End.AddHours(-1), SessionState.Upcoming);

        var (upserts, deletes) = SessionReconciliation.Reconcile(Cadence, [.. Slots.Select(AsOccurrence)], [stored], BeforeAll);

        Assert.Contains(upserts, s => s.Id == "legacy-id" && s.Start == Slots[1].Start);
        Assert.DoesNotContain(upserts, s => s.Id == Session.IdFor(Slots[1].Start));
        Assert.Empty(deletes);
    }

    private static Occurrence AsOccurrence(SessionSlot slot) => new("occ-" + slot.Start.UtcTicks, slot.Start, slot.Start, slot.End);
}
