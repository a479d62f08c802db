namespace Mentoring.Core.Agendas;

/// <summary>A new agenda item as a member sends it; the kind is a name (blocker, question, success, topic).</summary>
public sealed record AgendaItemDraft(string? Kind, string? Text);
