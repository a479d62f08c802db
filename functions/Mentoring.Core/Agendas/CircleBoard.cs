using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Codev;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Notes;
using Mentoring.Core.Reciprocity;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>Everything in a circle's partition that one reader may see, read at once: the circle, its sessions and what members wrote.</summary>
/// <param name="ReaderNotes">The reader's own notes only: nobody else's ever leaves the store.</param>
public sealed record CircleBoard(
    Versioned<Circle> Circle,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Versioned<AgendaItem>> Items,
    IReadOnlyList<Versioned<Commitment>> Commitments,
    IReadOnlyList<Thanks> Thanks,
    IReadOnlyList<News> News,
    IReadOnlyList<Note> ReaderNotes)
{
    /// <summary>The reader's own follow-up answers only, like <see cref="ReaderNotes"/>: nobody else's leaves the store.</summary>
    public IReadOnlyList<Versioned<FollowUp>> FollowUps { get; init; } = [];

    /// <summary>Which members paused the circle's cards in Teams.</summary>
    public IReadOnlyList<CardPreference> CardPreferences { get; init; } = [];

    /// <summary>The sessions run in co-développement mode, with the roles held: the rotation's history.</summary>
    public IReadOnlyList<CodevSession> Codev { get; init; } = [];

    /// <summary>The sessions whose Teams attendance was read: who of the members joined and how long.</summary>
    public IReadOnlyList<SessionAttendance> Attendance { get; init; } = [];

    public Session? Session(string id) => Sessions.FirstOrDefault(s => s.Id == id);

    /// <summary>The held or coming sessions in order (cancelled ones left out).</summary>
    public IEnumerable<Session> Held => Sessions.Where(s => s.State != SessionState.Cancelled).OrderBy(s => s.Start);

    /// <summary>The first session after <paramref name="session"/> that is not cancelled.</summary>
    public Session? After(Session session) => Held.FirstOrDefault(s => s.Start > session.Start);

    /// <summary>The last session before <paramref name="session"/> that is not cancelled.</summary>
    public Session? Before(Session session) => Held.LastOrDefault(s => s.Start < session.Start);

    /// <summary>The session going on at <paramref name="now"/>, or else the next one; null when none is left.</summary>
    public Session? CurrentOrNext(DateTimeOffset now) => Held.FirstOrDefault(s => s.End > now && s.State == SessionState.Upcoming);
}
