/** The shared French messages (pages, states, and the features written before per-feature catalogs): the source of
 * every shared message (the product is French first). A new feature keeps its own in its folder's i18n.ts (catalog.ts). */
export const fr = {
  "app.title": "Mes cercles",
  "state.loading": "Chargement…",
  "state.retry": "Réessayer",
  "state.noHost.title": "Ouvrez cette page dans Microsoft Teams",
  "state.noHost.body": "Cet onglet fonctionne dans Teams : ouvrez l'application « Cercles de mentorat » depuis la barre de gauche de Teams.",
  "state.consent.title": "Autorisation nécessaire",
  "state.consent.body": "Teams n'a pas pu vous connecter à l'application. Demandez à votre administrateur Microsoft 365 d'accorder son consentement à « Cercles de mentorat », puis rechargez cet onglet.",
  "state.unreachable.title": "Le service est injoignable",
  "state.unreachable.body": "Vérifiez votre connexion, puis réessayez dans un instant. Si le problème persiste, prévenez votre administrateur.",
  "state.problem.title": "Une erreur est survenue",
  "state.broken.title": "Cette page n'a pas pu s'afficher",
  "state.broken.body": "Une partie de l'application n'a pas pu être chargée (nouvelle version ou connexion coupée). Rechargez la page.",
  "state.reload": "Recharger la page",
  "state.conflict.title": "Modifié entre-temps",
  "state.conflict": "Quelqu'un d'autre vient de modifier cet élément : rien n'a été écrasé. La version à jour est affichée.",
  "circles.noUpcoming": "Aucune séance à venir",
  "meeting.heading": "Séance du cercle",
  "meeting.noCircle.title": "Cette réunion n'appartient à aucun de vos cercles",
  "meeting.noCircle.body": "Le panneau affiche l'ordre du jour des réunions planifiées par un cercle dont vous êtes membre.",
  "meeting.noMeeting.title": "Ouvrez ce panneau depuis une réunion",
  "meeting.session": "Séance du {date}",
  "meeting.members": "Participants",
  "meeting.agenda": "Ordre du jour",
  "meeting.objective": "Objectif : {objective}",
} as const;

export type SharedKey = keyof typeof fr;
