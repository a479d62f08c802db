namespace Mentoring.Core.Agendas;

/// <summary>One part of an agenda template: a title and the kinds of item it gathers, or the commitments under review.</summary>
public sealed record AgendaSection(string Id, string Title, IReadOnlyList<AgendaItemKind> Kinds, bool ReviewsCommitments = false);
