namespace Mentoring.Core.Agendas;

/// <summary>What publishing a session's agenda did to its Outlook occurrence.</summary>
/// <param name="Attachment">The agenda file the occurrence now has (none before the final update), and the updates counted so far.</param>
/// <param name="MarkersLost">The body still holds an agenda but a rewrite (Outlook, Exchange) lost the markers that delimit it: the
/// body was left as it was (no second agenda), the file was attached if this was the final update, and no update was sent.</param>
public sealed record AgendaPublication(AgendaAttachment Attachment, bool MarkersLost);
