using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Functions.Agendas;

/// <summary>An agenda item as the API returns it; <c>version</c> goes back in If-Match to change it.</summary>
public sealed record AgendaItemResponse(
    string Id, string SessionId, string AuthorId, string AuthorName, AgendaItemKind Kind, string Text, long Order, bool Discussed, DateTimeOffset CreatedAt, bool Mine, string Version)
{
    public static AgendaItemResponse From(Versioned<AgendaItem> v, Circle? circle, PersonId reader) => new(
        v.Value.Id.ToString(), v.Value.SessionId, v.Value.Author.ToString(), circle is null ? "" : NameOf(circle, v.Value.Author), v.Value.Kind, v.Value.Text, v.Value.Order,
        v.Value.Discussed, v.Value.CreatedAt.ToUniversalTime(), v.Value.Author == reader, v.Version);

    internal static string NameOf(Circle circle, PersonId person) => circle.Members.FirstOrDefault(m => m.PersonId == person)?.DisplayName ?? "";
}
