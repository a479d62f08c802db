namespace Mentoring.Functions.Agendas;

/// <summary>My notes on a session, replacing what I wrote before.</summary>
public sealed record NoteRequest(string? Text);
