using System.Security.Cryptography;
using System.Text;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Notes;

/// <summary>A member's private notes on one session: one per member and session, readable by its author only.</summary>
/// <remarks>Invariants: at most <see cref="MaxTextLength"/> characters (<see cref="AgendaText"/>); the store never returns it to anyone else.</remarks>
public sealed record Note(Guid Id, PersonId Author, string SessionId, string Text, DateTimeOffset UpdatedAt) : ICircleEntry
{
    public const int MaxTextLength = 10_000;

    public string Key => KeyOf(Author, SessionId);

    /// <summary>Author first: the store reads one member's notes as one key range and nobody else's.</summary>
    public static string KeyOf(PersonId author, string sessionId) => $"{author}_{sessionId}";

    public static Result<Note> Write(CircleId circle, PersonId author, string sessionId, string? text, DateTimeOffset now) =>
        AgendaText.Optional("text", text, MaxTextLength).Map(t => new Note(IdFor(circle, author, sessionId), author, sessionId, t, now));

    /// <summary>The same member, circle and session always give the same id.</summary>
    public static Guid IdFor(CircleId circle, PersonId author, string sessionId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"note|{circle}|{author}|{sessionId}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
