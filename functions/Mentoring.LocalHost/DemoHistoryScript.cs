namespace Mentoring.LocalHost;

/// <summary>What the demo's people did at one past session: the agenda they prepared, the commitments they made in it, and their
/// follow-up answers (null: nobody answered yet, so each member's card is still waiting).</summary>
internal sealed record SessionScript(ScriptItem[] Items, ScriptCommitment[] Commitments, ScriptFollowUp[]? FollowUps);

internal sealed record ScriptItem(string Who, string Kind, string Text);

internal sealed record ScriptCommitment(string Who, string Text);

/// <param name="Reviews">Commitment text → done, notYet or dropped (the member's own commitments due at the session).</param>
internal sealed record ScriptFollowUp(string Who, string Usefulness, Dictionary<string, string> Reviews, string[] New, string? Blocker = null, string[]? HelpedBy = null);

/// <summary>The month the demo has lived, in French, as the people of Contoso wrote it (aliases of <c>DemoDirectory</c>).</summary>
internal static class DemoHistoryScript
{
    public const string Camille = "camille.martin", Hugo = "hugo.bernard", Lea = "lea.dubois", Nicolas = "nicolas.thomas", Chloe = "chloe.robert";

    /// <summary>The peer group's sessions four weeks ago, two weeks ago and on the last working day.</summary>
    public static SessionScript[] PeerGroup { get; } =
    [
        new(
            [
                new(Lea, "question", "Comment présenter une reconversion dans un CV sans que le premier métier prenne toute la place ?"),
                new(Nicolas, "blocker", "Je n'arrive pas à choisir entre une formation courte et une alternance."),
                new(Chloe, "success", "J'ai obtenu un entretien informatif avec une chargée de recrutement."),
                new(Camille, "topic", "Se fixer un rythme commun de candidatures."),
            ],
            [
                new(Camille, "Terminer le module SQL du MOOC."),
                new(Lea, "Réécrire mon CV avec une section « projets »."),
                new(Nicolas, "Contacter deux designers UX sur LinkedIn."),
                new(Chloe, "Préparer trois questions pour l'entretien informatif."),
            ],
            [
                new(Camille, "4", new(), []),
                new(Lea, "5", new(), [], HelpedBy: [Chloe]),
                new(Nicolas, "4", new(), [], HelpedBy: [Camille]),
                new(Chloe, "4", new(), []),
            ]),
        new(
            [
                new(Camille, "success", "Module SQL terminé : mes premières requêtes sur de vraies données."),
                new(Nicolas, "question", "Quel portfolio montrer quand on n'a pas encore de projet client ?"),
                new(Lea, "blocker", "Je repousse l'envoi de mon CV : j'ai peur qu'il ne soit pas assez bien."),
            ],
            [
                new(Camille, "Publier une analyse sur un jeu de données ouvert."),
                new(Lea, "Envoyer mon CV à trois entreprises."),
                new(Chloe, "M'inscrire au salon du recrutement de Lille."),
            ],
            [
                new(Camille, "5", new() { ["Terminer le module SQL du MOOC."] = "done" }, []),
                new(Lea, "5", new() { ["Réécrire mon CV avec une section « projets »."] = "done" }, [], HelpedBy: [Camille]),
                new(Nicolas, "3", new() { ["Contacter deux designers UX sur LinkedIn."] = "dropped" }, ["Suivre un atelier portfolio en ligne."], "Trop de pistes à la fois."),
                new(Chloe, "4", new() { ["Préparer trois questions pour l'entretien informatif."] = "done" }, [], HelpedBy: [Lea]),
            ]),
        new(
            [
                new(Lea, "success", "Deux réponses à mes candidatures, dont un entretien !"),
                new(Chloe, "question", "Comment négocier la période d'essai après une reconversion ?"),
                new(Nicolas, "topic", "Partager nos outils de suivi des candidatures."),
                new(Camille, "question", "Qui veut bien relire ma lettre de motivation ?"),
            ],
            [
                new(Camille, "Préparer l'entretien avec la startup lyonnaise."),
                new(Lea, "Préparer mon entretien avec des exemples chiffrés."),
                new(Nicolas, "Terminer la maquette de mon premier projet UX."),
            ],
            null),
    ];

    /// <summary>The mentorship's sessions four weeks ago and on the last working day.</summary>
    public static SessionScript[] Mentorship { get; } =
    [
        new(
            [
                new(Camille, "question", "Quelles entreprises recrutent des data analystes juniors en reconversion ?"),
                new(Camille, "blocker", "Je ne sais pas comment valoriser mes années de comptabilité."),
                new(Hugo, "topic", "Faire le point sur tes objectifs à six mois."),
            ],
            [
                new(Camille, "Lister dix entreprises cibles à Lyon."),
                new(Hugo, "Présenter Camille à deux collègues data."),
            ],
            [
                new(Camille, "5", new(), []),
                new(Hugo, "4", new(), []),
            ]),
        new(
            [
                new(Camille, "success", "Un entretien avec une startup lyonnaise la semaine prochaine."),
                new(Camille, "question", "Comment parler de salaire pour un premier poste ?"),
                new(Hugo, "topic", "Simuler l'entretien technique."),
            ],
            [
                new(Camille, "Relire les bases de statistiques avant l'entretien."),
                new(Hugo, "Envoyer à Camille un exemple d'étude de cas."),
            ],
            null),
    ];

    /// <summary>Kept in the tab between sessions (not through a follow-up): a commitment of the mentorship's first session.</summary>
    public const string KeptInTheTab = "Lister dix entreprises cibles à Lyon.";

    public const string News = "J'ai décroché un premier entretien avec une startup lyonnaise !";

    public const string Thanks = "ses conseils sur mon portfolio";
}
