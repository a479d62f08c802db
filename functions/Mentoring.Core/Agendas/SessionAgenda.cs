using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>One session as the side panel shows it: its items in order, the commitments due from earlier sessions, those made at it.</summary>
/// <param name="Due">Commitments made at earlier sessions still open (or closed since the previous session): computed, never copied.</param>
/// <param name="Organizer">Who may reorder the items and mark them discussed.</param>
/// <param name="HasMyNote">Whether the reader has private notes on this session (their content is read separately).</param>
public sealed record SessionAgenda(
    Circle Circle,
    Session Session,
    PersonId? Organizer,
    bool IsOpen,
    IReadOnlyList<Versioned<AgendaItem>> Items,
    IReadOnlyList<Versioned<Commitment>> Due,
    IReadOnlyList<Versioned<Commitment>> Made,
    bool HasMyNote)
{
    /// <summary>For the organizer only: the last publish found the Outlook invitation rewritten without the agenda's markers and left its body alone.</summary>
    public bool OutlookMarkersLost { get; init; }

    /// <summary>The session's co-développement (roles, timings) when it runs in that mode: its agenda follows that template.</summary>
    public Codev.CodevSession? Codev { get; init; }
}
