using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Reciprocity;

/// <summary>A member records that another member helped them, and with what: a peer in a peer group, or the other person of a
/// mentorship (the tab offers it when the mentorship closes, issue 23.6).</summary>
/// <remarks>Invariants: between two different members; the text is 1 to <see cref="MaxTextLength"/> characters.</remarks>
public sealed record Thanks(Guid Id, PersonId From, PersonId To, string What, DateTimeOffset At) : ICircleEntry
{
    public const int MaxTextLength = 2_000;

    public string Key => Id.ToString("N");

    public static Result<Thanks> Create(Guid id, Circle circle, PersonId from, string? to, string? what, DateTimeOffset now)
    {
        var v = new Validation();
        var toId = default(PersonId);
        if (!PersonId.TryParse(to, out toId) || !circle.HasMember(toId))
        {
            v.Add(Error.Invalid("to", "member.notFound"));
        }
        else if (toId == from)
        {
            v.Add(Error.Invalid("to", "thanks.self"));
        }

        var text = AgendaText.Required("what", what, MaxTextLength);
        v.AddRange(text.Errors);
        return v.ToResult(() => new Thanks(id, from, toId, text.Value, now));
    }
}
