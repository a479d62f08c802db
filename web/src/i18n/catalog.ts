import { fr as sharedFr } from "./fr";
import type * as personal from "../features/personal/i18n";
import type * as circles from "../features/circles/i18n";
import type * as outlook from "../features/outlook/i18n";
import type * as followups from "../features/followups/i18n";
import type * as privacy from "../features/privacy/i18n";
import type * as matching from "../features/matching/i18n";
import type * as agenda from "../features/agenda/i18n";
import type * as goals from "../features/goals/i18n";
import type * as codev from "../features/codev/i18n";
import type * as relationship from "../features/relationship/i18n";

/**
 * Every feature's messages in one catalog per language, behind the one `t()` of i18n.tsx.
 *
 * A feature owns its messages in `features/<feature>/i18n.ts`, exporting `fr` (the source, `as const`) and
 * `en: Translation<typeof fr>` (a type error names any key English lacks or adds). To add one: import its type above,
 * add it to `Feature` and to the pages that show it in featuresOfThisPage. Keys start with the feature's name; a key defined twice stops the app
 * at start (the browser tests would fail), so two features never silently overwrite each other's text.
 */
type Feature = typeof personal | typeof circles | typeof outlook | typeof followups | typeof privacy | typeof matching | typeof agenda
  | typeof goals | typeof codev | typeof relationship;

/**
 * The features whose messages a page shows, loaded with the page's start (before the first render): the side panel and
 * the configuration page use only the shared messages, so they never download the personal tab's or the task pane's.
 */
function featuresOfThisPage(): Promise<readonly Feature[]> {
  const page = window.location.pathname.replace(/^\/tab\/?/, "").split("/")[0];
  if (page === "config") return Promise.resolve([]);
  if (page === "meeting") return Promise.all([import("../features/agenda/i18n")]);
  if (page === "taskpane") return Promise.all([import("../features/outlook/i18n")]);
  // The matching sections' messages (the largest catalog) come with those sections: see `messages` in personal/sections.ts.
  return Promise.all([
    import("../features/personal/i18n"), import("../features/circles/i18n"), import("../features/followups/i18n"), import("../features/privacy/i18n"),
    import("../features/agenda/i18n"),
  ]);
}

/** A feature's messages module: its `fr` and `en`. */
export type FeatureMessages = Feature;
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every message key of the app: the shared ones (fr.ts) and each feature's. */
export type MessageKey = keyof typeof sharedFr | keyof Intersect<Feature["fr"]>;

/** Every message of the app in one language. */
export type Catalog = Record<MessageKey, string>;


/** French unless the host's locale is English (fr-FR, fr-CA… and any other language get French, the product's first). */
export function pickLanguage(locale: string): "fr" | "en" {
  return locale.toLowerCase().startsWith("en") ? "en" : "fr";
}

/**
 * The catalog of a locale for this page. The shared French is in the first download; the shared English (the bulk of
 * English) is fetched only by an English host; a feature's messages (both languages in one small file) come with the
 * pages that show that feature (see featuresOfThisPage). A page holds only the keys it shows, although the type names all.
 */
export async function loadCatalog(locale: string): Promise<Catalog> {
  const features = await featuresOfThisPage();
  const language = pickLanguage(locale);
  const shared = language === "fr" ? sharedFr : (await import("./en")).en;
  const catalog = merge([shared, ...features.map((f) => f[language])]);
  page = { catalog, language, added: new Set(features) };
  return catalog;
}

/** The catalog this page loaded, so a section loaded later can add its feature's messages to it. */
let page: { catalog: Record<MessageKey, string>; language: "fr" | "en"; added: Set<Feature> } | undefined;

/** Adds a feature's messages to the page's catalog (once; `t()` reads it at each call) before a section using them renders. */
export function addFeatureMessages(feature: FeatureMessages): void {
  if (!page) throw new Error("addFeatureMessages before loadCatalog");
  if (page.added.has(feature)) return;
  page.added.add(feature);
  addInto(page.catalog, feature[page.language]);
}

function merge(parts: readonly Readonly<Record<string, string>>[]): Record<MessageKey, string> {
  const all: Record<string, string> = {};
  for (const part of parts) addInto(all, part);
  return all as Record<MessageKey, string>;
}

function addInto(all: Record<string, string>, part: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(part)) {
    if (key in all) throw new Error(`Message key "${key}" is defined twice`);
    all[key] = text;
  }
}
