using Mentoring.Core.Reciprocity;

namespace Mentoring.Functions.Agendas;

/// <summary>A mentee's news for their mentor.</summary>
public sealed record NewsResponse(string Id, string AuthorId, string Text, DateTimeOffset At)
{
    public static NewsResponse From(News n) => new(n.Id.ToString(), n.Author.ToString(), n.Text, n.At.ToUniversalTime());
}
