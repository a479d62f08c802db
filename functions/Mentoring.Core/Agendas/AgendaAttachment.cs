namespace Mentoring.Core.Agendas;

/// <summary>The agenda file attached to a session's Outlook occurrence: the id Graph gave it, a hash of what it holds, and how
/// many meeting updates publishing it caused.</summary>
/// <remarks>
/// The hash (<see cref="AgendaDocument.ContentHash"/>) tells an unchanged agenda, which is not published again; the id is how a
/// changed one replaces it; <paramref name="Updates"/> keeps the session under <see cref="AgendaSettings.MaxUpdates"/>.
/// <paramref name="MarkersLost"/> says the last publish found the invitation's body rewritten without the agenda's markers and left it
/// alone (the file was attached, the body not updated): the organizer reads it with the session's agenda.
/// </remarks>
public sealed record AgendaAttachment(string Id, string ContentHash, int Updates = 1, bool MarkersLost = false);
