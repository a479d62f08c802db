namespace Mentoring.Core.Agendas;

/// <summary>A session's agenda for Outlook: the part of the invitation's body, and the same agenda as an attached file.</summary>
/// <param name="BodyHtml">Goes between the invitation's agenda markers.</param>
/// <param name="FileName">The attachment's name; a new file of this name replaces the previous one.</param>
public sealed record AgendaDocument(string BodyHtml, string FileName, string ContentType, byte[] Content);
