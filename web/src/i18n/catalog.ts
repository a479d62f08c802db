import { fr as sharedFr } from "./fr";
import * as personal from "../features/personal/i18n";
import * as circles from "../features/circles/i18n";
import * as outlook from "../features/outlook/i18n";
import * as followups from "../features/followups/i18n";
import * as privacy from "../features/privacy/i18n";

/**
 * Every feature's messages in one catalog per language, behind the one `t()` of i18n.tsx.
 *
 * A feature owns its messages in `features/<feature>/i18n.ts`, exporting `fr` (the source, `as const`) and
 * `en: Translation<typeof fr>` (a type error names any key English lacks or adds). To add one: import it above and
 * append it to `features` below (one line each). Keys start with the feature's name; a key defined twice stops the app
 * at start (the browser tests would fail), so two features never silently overwrite each other's text.
 */
const features = [personal, circles, outlook, followups, privacy] as const;

type FeatureMessages = (typeof features)[number]["fr"];
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every message key of the app: the shared ones (fr.ts) and each feature's. */
export type MessageKey = keyof typeof sharedFr | keyof Intersect<FeatureMessages>;

/** Every message of the app in one language. */
export type Catalog = Record<MessageKey, string>;

const french: Catalog = merge([sharedFr, ...features.map((f) => f.fr)]);

/** French unless the host's locale is English (fr-FR, fr-CA… and any other language get French, the product's first). */
export function pickLanguage(locale: string): "fr" | "en" {
  return locale.toLowerCase().startsWith("en") ? "en" : "fr";
}

/**
 * The catalog of a locale. French is in the first download; the shared English messages (the bulk of English) are
 * fetched only by an English host, before the first render. Features' own English stays with their French (one file each).
 */
export async function loadCatalog(locale: string): Promise<Catalog> {
  if (pickLanguage(locale) === "fr") return french;
  const { en: sharedEn } = await import("./en");
  return merge([sharedEn, ...features.map((f) => f.en)]);
}

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
