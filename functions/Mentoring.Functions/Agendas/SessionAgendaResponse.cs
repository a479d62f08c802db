using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Functions.Circles;
using Mentoring.Functions.Scheduling;

namespace Mentoring.Functions.Agendas;

/// <summary>
/// The side panel's view of a session: the template's sections, the items in order, the commitments due (made at earlier
/// sessions, still open or closed since the previous one), the commitments made at this session, the members, and whether
/// I keep notes on it (the notes themselves: <c>GET …/note</c>), and for the organizer whether the Outlook invitation lost the
/// agenda's markers (its body was left alone: <c>agenda.markersLost</c>).
/// </summary>
public sealed record SessionAgendaResponse(
    string CircleId,
    string CircleName,
    CircleKind CircleKind,
    SessionResponse Session,
    string? OrganizerId,
    bool IsOrganizer,
    bool IsOpen,
    IReadOnlyList<AgendaSectionResponse> Sections,
    IReadOnlyList<AgendaItemResponse> Items,
    IReadOnlyList<CommitmentResponse> CommitmentsDue,
    IReadOnlyList<CommitmentResponse> CommitmentsMade,
    IReadOnlyList<MemberResponse> Members,
    bool HasMyNote,
    bool OutlookMarkersLost)
{
    public static SessionAgendaResponse From(SessionAgenda a, PersonId reader, bool english) => new(
        a.Circle.Id.ToString(),
        a.Circle.Name,
        a.Circle.Kind,
        SessionResponse.From(a.Session),
        a.Organizer?.ToString(),
        a.Organizer == reader,
        a.IsOpen,
        [.. AgendaTemplates.For(a, english).Select(AgendaSectionResponse.From)],
        [.. a.Items.Select(i => AgendaItemResponse.From(i, a.Circle, reader))],
        [.. a.Due.Select(c => CommitmentResponse.From(c, a.Circle, reader))],
        [.. a.Made.Select(c => CommitmentResponse.From(c, a.Circle, reader))],
        [.. a.Circle.Members.Select(m => new MemberResponse(m.PersonId.ToString(), m.Role, m.DisplayName, m.Objective))],
        a.HasMyNote,
        a.OutlookMarkersLost);
}
