namespace Mentoring.Core.Agendas;

/// <summary>What an agenda item is: what blocks a member, a precise question, a success to share, or a topic to discuss.</summary>
public enum AgendaItemKind
{
    Blocker,
    Question,
    Success,
    Topic,
}
