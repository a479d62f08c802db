using Mentoring.Core.Agendas;

namespace Mentoring.Functions.Agendas;

/// <summary>One part of the circle's agenda template, titled in the caller's language (Accept-Language, French first).</summary>
public sealed record AgendaSectionResponse(string Id, string Title, IReadOnlyList<AgendaItemKind> Kinds, bool ReviewsCommitments)
{
    public static AgendaSectionResponse From(AgendaSection s) => new(s.Id, s.Title, s.Kinds, s.ReviewsCommitments);
}
