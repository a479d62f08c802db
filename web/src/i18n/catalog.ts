import { fr as sharedFr } from "./fr";
import { en as sharedEn } from "./en";
import * as personal from "../features/personal/i18n";
import * as privacy from "../features/privacy/i18n";

/**
 * Every feature's messages in one catalog per language, behind the one `t()` of i18n.tsx.
 *
 * A feature owns its messages in `features/<feature>/i18n.ts`, exporting `fr` (the source, `as const`) and
 * `en: Translation<typeof fr>` (a type error names any key English lacks or adds). To add one: import it above and
 * append it to `features` below (one line each). Keys start with the feature's name; a key defined twice stops the app
 * at start (the browser tests would fail), so two features never silently overwrite each other's text.
 */
const features = [personal, privacy] as const;

type FeatureMessages = (typeof features)[number]["fr"];
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every message key of the app: the shared ones (fr.ts) and each feature's. */
export type MessageKey = keyof typeof sharedFr | keyof Intersect<FeatureMessages>;

export const fr: Record<MessageKey, string> = merge([sharedFr, ...features.map((f) => f.fr)]);
export const en: Record<MessageKey, string> = merge([sharedEn, ...features.map((f) => f.en)]);

function merge(parts: readonly Readonly<Record<string, string>>[]): Record<MessageKey, string> {
  const all: Record<string, string> = {};
  for (const part of parts) {
    for (const [key, text] of Object.entries(part)) {
      if (key in all) throw new Error(`Message key "${key}" is defined twice`);
      all[key] = text;
    }
  }
  return all as Record<MessageKey, string>;
}
