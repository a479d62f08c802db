using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>How a circle's sessions are laid out, by kind of circle, in French (first) and English.</summary>
/// <remarks>Computed when an agenda is shown, never stored: changing a template changes every agenda shown afterwards.</remarks>
public static class AgendaTemplates
{
    /// <summary>The session's template: co-développement's when the session runs in that mode, the circle kind's otherwise.</summary>
    public static IReadOnlyList<AgendaSection> For(SessionAgenda agenda, bool english) =>
        agenda.Codev is null ? For(agenda.Circle.Kind, english) : Codev.CodevAgendaTemplate.For(english);

    public static IReadOnlyList<AgendaSection> For(CircleKind kind, bool english) => (kind, english) switch
    {
        (CircleKind.Mentorship, false) =>
        [
            new("news", "Nouvelles depuis la dernière fois", [AgendaItemKind.Success, AgendaItemKind.Topic]),
            new("commitments", "Engagements à revoir", [], ReviewsCommitments: true),
            new("questions", "Questions pour le mentor", [AgendaItemKind.Question]),
            new("blockers", "Blocages", [AgendaItemKind.Blocker]),
            new("nextSteps", "Prochaines étapes", []),
        ],
        (CircleKind.Mentorship, true) =>
        [
            new("news", "News since last time", [AgendaItemKind.Success, AgendaItemKind.Topic]),
            new("commitments", "Commitments to review", [], ReviewsCommitments: true),
            new("questions", "Questions for the mentor", [AgendaItemKind.Question]),
            new("blockers", "Blockers", [AgendaItemKind.Blocker]),
            new("nextSteps", "Next steps", []),
        ],
        (_, false) =>
        [
            new("round", "Tour de table : réussites et blocages", [AgendaItemKind.Success, AgendaItemKind.Blocker]),
            new("commitments", "Revue des engagements", [], ReviewsCommitments: true),
            new("questions", "Questions au groupe", [AgendaItemKind.Question]),
            new("topic", "Sujet approfondi", [AgendaItemKind.Topic]),
        ],
        (_, true) =>
        [
            new("round", "Round: successes and blockers", [AgendaItemKind.Success, AgendaItemKind.Blocker]),
            new("commitments", "Commitments review", [], ReviewsCommitments: true),
            new("questions", "Questions for the group", [AgendaItemKind.Question]),
            new("topic", "Topic in depth", [AgendaItemKind.Topic]),
        ],
    };

    /// <summary>The members' language: English only when every member reads English, French otherwise (French first).</summary>
    public static bool MembersReadEnglish(IReadOnlyList<Person> members) =>
        members.Count > 0 && members.All(p => p.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase));
}
