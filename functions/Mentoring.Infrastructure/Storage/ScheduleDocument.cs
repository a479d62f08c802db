using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Storage;

/// <summary>The stored JSON shape of a circle's schedule.</summary>
internal sealed record ScheduleDocument(
    ScheduleState State, Guid Organizer, string TransactionId, MeetingSeries? Series, DateTimeOffset RequestedAt, string? EndReason = null,
    bool AttendeesOutdated = false, string? AdoptedEventId = null, Guid[]? Leaving = null, CalendarAccessDenied? AccessDenied = null,
    SessionNotKept[]? NotKept = null, SeriesLease? Reshaping = null)
{
    public static ScheduleDocument From(CircleSchedule s) =>
        new(s.State, s.Organizer.Value, s.TransactionId, s.Series, s.RequestedAt, s.EndReason, s.AttendeesOutdated, s.AdoptedEventId, Ids(s.Leaving), s.AccessDenied,
            s.NotKept.Count == 0 ? null : [.. s.NotKept], s.Reshaping);

    public CircleSchedule ToSchedule() => new(State, new PersonId(Organizer), TransactionId, Series, RequestedAt, EndReason)
    {
        AttendeesOutdated = AttendeesOutdated,
        AdoptedEventId = AdoptedEventId,
        Leaving = [.. (Leaving ?? []).Select(id => new PersonId(id))],
        AccessDenied = AccessDenied,
        NotKept = NotKept ?? [],
        Reshaping = Reshaping,
    };

    // Absent when empty, so a schedule stored before this field existed and one with nobody leaving read the same.
    private static Guid[]? Ids(IReadOnlyList<PersonId> people) => people.Count == 0 ? null : [.. people.Select(p => p.Value)];
}
