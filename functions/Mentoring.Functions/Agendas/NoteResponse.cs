using Mentoring.Core.Common;
using Mentoring.Core.Notes;

namespace Mentoring.Functions.Agendas;

/// <summary>My private notes on a session (nobody else ever gets them); empty text and no <c>updatedAt</c> when I wrote none.</summary>
public sealed record NoteResponse(string Id, string SessionId, string Text, DateTimeOffset? UpdatedAt)
{
    public static NoteResponse From(Versioned<Note> v) =>
        new(v.Value.Id.ToString(), v.Value.SessionId, v.Value.Text, v.Value.UpdatedAt == default ? null : v.Value.UpdatedAt.ToUniversalTime());
}
