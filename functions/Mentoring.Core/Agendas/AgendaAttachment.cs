namespace Mentoring.Core.Agendas;

/// <summary>The agenda file attached to a session's Outlook occurrence: the id Graph gave it, and a hash of what it holds.</summary>
/// <remarks>
/// The hash (<see cref="AgendaDocument.ContentHash"/>) tells an unchanged agenda, which is not uploaded again; the id is how a
/// changed one replaces it.
/// </remarks>
public sealed record AgendaAttachment(string Id, string ContentHash);
