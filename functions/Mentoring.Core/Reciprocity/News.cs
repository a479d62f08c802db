using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Reciprocity;

/// <summary>What a mentee tells their mentor between sessions ("keep your mentor informed").</summary>
/// <remarks>Invariants: only the mentee of a mentorship writes it; the text is 1 to <see cref="MaxTextLength"/> characters.</remarks>
public sealed record News(Guid Id, PersonId Author, string Text, DateTimeOffset At) : ICircleEntry
{
    public const int MaxTextLength = 2_000;

    public string Key => Id.ToString("N");

    public static Result<News> Create(Guid id, Circle circle, PersonId author, string? text, DateTimeOffset now)
    {
        var isMentee = circle.Kind == CircleKind.Mentorship && circle.Members.Any(m => m.PersonId == author && m.Role == MemberRole.Mentee);
        if (!isMentee)
        {
            return Error.Forbidden("news.menteeOnly");
        }

        return AgendaText.Required("text", text, MaxTextLength).Map(t => new News(id, author, t, now));
    }
}
