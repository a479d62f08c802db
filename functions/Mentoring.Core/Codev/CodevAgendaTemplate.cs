using Mentoring.Core.Agendas;

namespace Mentoring.Core.Codev;

/// <summary>
/// The agenda of a peer-group session run in co-développement mode, in French (first) and English: the client's problem (the
/// exposé) and their request (the contract) come first, then the commitments under review, then the round.
/// </summary>
/// <remarks>
/// The same item kinds as the peer group's usual template, laid out for the method: what blocks the client is the problem they
/// expose, a question is the request they will make of the consultants (the contract phase). Chosen when the mode is started, so
/// the side panel and the Outlook invitation (republished then) carry it; the usual template stays for every other session.
/// </remarks>
public static class CodevAgendaTemplate
{
    public static IReadOnlyList<AgendaSection> For(bool english) => english
        ? [
            new("problem", "The client's problem (exposé)", [AgendaItemKind.Blocker]),
            new("request", "The client's request (contract)", [AgendaItemKind.Question]),
            new("commitments", "Commitments review", [], ReviewsCommitments: true),
            new("round", "Round: successes and topics", [AgendaItemKind.Success, AgendaItemKind.Topic]),
        ]
        : [
            new("problem", "Le problème du client (exposé)", [AgendaItemKind.Blocker]),
            new("request", "La demande du client (contrat)", [AgendaItemKind.Question]),
            new("commitments", "Revue des engagements", [], ReviewsCommitments: true),
            new("round", "Tour de table : réussites et sujets", [AgendaItemKind.Success, AgendaItemKind.Topic]),
        ];

    /// <summary>The line under the agenda's title: who holds which role, and the phases with their minutes.</summary>
    public static string Roles(CodevSession codev, Func<People.PersonId, string> name, bool english) => english
        ? $"Co-development session — client: {name(codev.Roles.Client)}, facilitator: {name(codev.Roles.Animateur)}"
        : $"Séance en co-développement — client : {name(codev.Roles.Client)}, animateur : {name(codev.Roles.Animateur)}";

    public static string Phases(CodevTimings t, bool english) => english
        ? $"Exposé {t.Expose} min · clarification {t.Clarification} min · contract {t.Contract} min · consultation {t.Consultation} min"
            + $" · action plan {t.ActionPlan} min · learnings {t.Learnings} min"
        : $"Exposé {t.Expose} min · clarification {t.Clarification} min · contrat {t.Contract} min · consultation {t.Consultation} min"
            + $" · plan d'action {t.ActionPlan} min · apprentissages {t.Learnings} min";
}
