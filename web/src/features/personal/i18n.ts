import type { Translation } from "../../i18n/translation";

/**
 * The personal tab's own messages, and the labels of the sections whose feature's messages come with the section's code
 * (see `messages` in sections.ts): the tab list shows them before the section is loaded.
 */
export const fr = {
  "personal.sections": "Rubriques de l'onglet",
  "personal.section.find": "Trouver",
  "personal.section.cohorts": "Cohortes",
  "personal.section.goals": "Objectifs",
  "personal.section.relationship": "Accord",
} as const;

export const en: Translation<typeof fr> = {
  "personal.sections": "Tab sections",
  "personal.section.find": "Find",
  "personal.section.cohorts": "Cohorts",
  "personal.section.goals": "Objectives",
  "personal.section.relationship": "Agreement",
};
