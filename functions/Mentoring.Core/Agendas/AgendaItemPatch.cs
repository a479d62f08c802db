namespace Mentoring.Core.Agendas;

/// <summary>A change to an agenda item: kind and text by its author, discussed by the organizer; null leaves a field as it is.</summary>
public sealed record AgendaItemPatch(string? Kind, string? Text, bool? Discussed);
