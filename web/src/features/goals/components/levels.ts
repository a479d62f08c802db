import type { MessageKey } from "../../../i18n/catalog";

/** The five levels of a scale, from −2 to +2: a goal's `levels[i]` is the text of level `i − 2`. */
export const LEVELS = [-2, -1, 0, 1, 2] as const;

export const levelLabel = (level: number) => `goals.level.${level}` as MessageKey;
