namespace Mentoring.Core.Agendas;

/// <summary>What was last published to a session's Outlook occurrence: the id Graph gave its agenda file ("" while none is
/// attached), a hash of the agenda, and how many meeting updates publishing it caused.</summary>
/// <remarks>
/// The hash (<see cref="AgendaDocument.ContentHash"/>) tells an unchanged agenda, which is not published again;
/// <paramref name="Updates"/> keeps the session under <see cref="AgendaSettings.MaxUpdates"/>. The file goes once, with the
/// final update (<paramref name="Final"/>): no update follows it, so it is never replaced (a replacement costs a DELETE more).
/// Rows written before that rule hold the file of a first update (<paramref name="Final"/> false, an id): the final update
/// then replaces it by id.
/// <paramref name="MarkersLost"/> says the last publish found the invitation's body rewritten without the agenda's markers and left it
/// alone (the body not updated): the organizer reads it with the session's agenda.
/// </remarks>
public sealed record AgendaAttachment(string Id, string ContentHash, int Updates = 1, bool MarkersLost = false, bool Final = false)
{
    /// <summary>A file is attached to the occurrence (by this publish or an earlier one).</summary>
    public bool HasFile => Id.Length > 0;
}
