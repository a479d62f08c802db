import type { ComponentType } from "react";
import type { HostContext } from "../../host/teams";
import type { FeatureMessages, MessageKey } from "../../i18n/catalog";

/** What every section receives from the personal tab. */
export interface SectionProps {
  host: HostContext;
}

/** One section of the personal tab: a tab in its tab list and the component shown below it. */
export interface Section {
  /** Names the section in the page's URL hash (`#circles`): stable, lower case, so a link can open it. */
  id: string;
  /** The tab's label, a message of the feature's own catalog (`features/<feature>/i18n.ts`). */
  label: MessageKey;
  /** Imports the section's code: called only when the section is first shown, so each section is its own chunk. */
  load: () => Promise<ComponentType<SectionProps>>;
  /** Lists the section only for people whose API token carries this app role (e.g. "Coordinator"); the API checks it again. */
  role?: string;
  /**
   * Its feature's messages, fetched with its code rather than with the page (a large catalog the tab's first view does
   * not need); its `label` must then be one of the personal tab's own messages.
   */
  messages?: () => Promise<FeatureMessages>;
}

/**
 * The personal tab's sections, in the order of their tabs; the first one opens when the URL names none.
 *
 * To add a section: write it in its own feature folder (`features/<feature>/components/<Name>Section.tsx`, a named export
 * taking `SectionProps`, with its label in `features/<feature>/i18n.ts` registered in `i18n/catalog.ts`), then append ONE
 * line here, e.g.
 *   { id: "matching", label: "matching.section", load: () => import("../matching/components/MatchingSection").then((m) => m.MatchingSection) },
 * Keep the `import()` inside `load`: a static import would put the section's code in every page's first download.
 */
export const sections: readonly Section[] = [
  { id: "circles", label: "circles.heading", load: () => import("../circles/components/CirclesSection").then((m) => m.CirclesSection) },
  { id: "followups", label: "followups.section", load: () => import("../followups/components/FollowUpsSection").then((m) => m.FollowUpsSection) },
  { id: "goals", label: "personal.section.goals", messages: () => import("../goals/i18n"), load: () => import("../goals/components/GoalsSection").then((m) => m.GoalsSection) },
  { id: "relationship", label: "personal.section.relationship", messages: () => import("../relationship/i18n"),
    load: () => import("../relationship/components/RelationshipSection").then((m) => m.RelationshipSection) },
  { id: "privacy", label: "privacy.section", load: () => import("../privacy/components/PrivacySection").then((m) => m.PrivacySection) },
  { id: "find", label: "personal.section.find", messages: () => import("../matching/i18n"), load: () => import("../matching/components/FindSection").then((m) => m.FindSection) },
  { id: "cohorts", label: "personal.section.cohorts", role: "Coordinator", messages: () => import("../matching/i18n"), load: () => import("../matching/components/CohortsSection").then((m) => m.CohortsSection) },
];
