using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>One item of a session's agenda, written by a member.</summary>
/// <remarks>
/// Invariants: the text is 1 to <see cref="MaxTextLength"/> characters, free of control and bidirectional-override characters
/// (<see cref="AgendaText"/>); only the author changes the text or kind, or removes it; the order and the discussed flag
/// belong to the organizer (checked by <see cref="AgendaItems"/>).
/// </remarks>
public sealed record AgendaItem(Guid Id, string SessionId, PersonId Author, AgendaItemKind Kind, string Text, long Order, bool Discussed, DateTimeOffset CreatedAt) : ICircleEntry
{
    public const int MaxTextLength = 2_000;

    public string Key => KeyOf(SessionId, Id);

    public static string KeyOf(string sessionId, Guid id) => $"{sessionId}_{id:N}";

    public static Result<AgendaItem> Create(Guid id, string sessionId, PersonId author, string? kind, string? text, long order, DateTimeOffset now)
    {
        var v = new Validation();
        var parsedKind = ParseKind(kind, v);
        var checkedText = AgendaText.Required("text", text, MaxTextLength);
        v.AddRange(checkedText.Errors);
        return v.ToResult(() => new AgendaItem(id, sessionId, author, parsedKind, checkedText.Value, order, false, now));
    }

    /// <summary>The author rewrites the text and/or changes the kind; null leaves each as it is.</summary>
    public Result<AgendaItem> Edit(PersonId by, string? kind, string? text)
    {
        if (by != Author)
        {
            return Error.Forbidden("agenda.item.notAuthor");
        }

        var v = new Validation();
        var parsedKind = kind is null ? Kind : ParseKind(kind, v);
        var textResult = text is null ? Result<string>.Success(Text) : AgendaText.Required("text", text, MaxTextLength);
        v.AddRange(textResult.Errors);
        return v.ToResult(() => this with { Kind = parsedKind, Text = textResult.Value });
    }

    /// <summary>Only the author removes an item.</summary>
    public Result<Unit> CheckRemovableBy(PersonId by) => by == Author ? Unit.Value : Error.Forbidden("agenda.item.notAuthor");

    private static AgendaItemKind ParseKind(string? kind, Validation v)
    {
        if (kind is null)
        {
            v.Add(Error.Invalid("kind", "required"));
            return default;
        }

        // Names only ("blocker", "Question"): Enum.TryParse would also take "2" or "1,3".
        var found = Enum.GetValues<AgendaItemKind>().Where(k => string.Equals(k.ToString(), kind, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (found.Length == 0)
        {
            v.Add(Error.Invalid("kind", "agenda.kind.unknown", new Dictionary<string, object> { ["kinds"] = "blocker, question, success, topic" }));
            return default;
        }

        return found[0];
    }
}
