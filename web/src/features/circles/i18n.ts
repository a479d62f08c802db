import type { Translation } from "../../i18n/translation";

/** The circles feature's newer messages (its first ones are in the shared catalog, i18n/fr.ts). */
export const fr = {
  "progress.heading": "Ma progression",
  "progress.sessions.heading": "Séances",
  "progress.sessions.held": "Séances passées",
  "progress.sessions.prepared": "Préparées par moi",
  "progress.sessions.caption": "{circle} : {held, plural, one {# séance passée} other {# séances passées}}, dont {prepared, plural, one {# préparée} other {# préparées}} par moi",
  "progress.kept.heading": "Mes engagements, mois par mois",
  "progress.kept.summary": "Engagements tenus : {kept} sur {made} pris ({open} en cours)",
  "progress.kept.none": "Pas encore d'engagement : prenez-en un à votre prochaine séance.",
  "progress.kept.made": "Pris",
  "progress.kept.kept": "Tenus",
  "progress.kept.caption": "{month} : {made} pris, {kept, plural, one {# tenu} other {# tenus}}, {dropped, plural, one {# abandonné} other {# abandonnés}}",
  "invitations.heading": "Invitations",
  "invitations.from": "{inviter} vous invite à rejoindre « {name} » ({kind}).",
  "invitations.kind.cohort": "cohorte",
  "invitations.accept": "Accepter",
  "invitations.decline": "Refuser",
  "create.invited": "Cercle « {name} » créé. Invitation envoyée à {people} : vous pourrez planifier les séances quand assez de personnes auront accepté.",
  "create.done": "Terminé",
} as const;

export const en: Translation<typeof fr> = {
  "progress.heading": "My progress",
  "progress.sessions.heading": "Sessions",
  "progress.sessions.held": "Past sessions",
  "progress.sessions.prepared": "Prepared by me",
  "progress.sessions.caption": "{circle}: {held, plural, one {# past session} other {# past sessions}}, {prepared} of them prepared by me",
  "progress.kept.heading": "My commitments, month by month",
  "progress.kept.summary": "Commitments kept: {kept} of {made} made ({open} open)",
  "progress.kept.none": "No commitment yet: make one at your next session.",
  "progress.kept.made": "Made",
  "progress.kept.kept": "Kept",
  "progress.kept.caption": "{month}: {made} made, {kept} kept, {dropped} dropped",
  "invitations.heading": "Invitations",
  "invitations.from": "{inviter} invites you to join “{name}” ({kind}).",
  "invitations.kind.cohort": "cohort",
  "invitations.accept": "Accept",
  "invitations.decline": "Decline",
  "create.invited": "Circle “{name}” created. Invitation sent to {people}: you can schedule the sessions once enough people have accepted.",
  "create.done": "Done",
};
