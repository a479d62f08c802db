import type { Translation } from "../../i18n/translation";

/** The personal tab's own messages (its sections' labels live with each section's feature). */
export const fr = {
  "personal.sections": "Rubriques de l'onglet",
} as const;

export const en: Translation<typeof fr> = {
  "personal.sections": "Tab sections",
};
