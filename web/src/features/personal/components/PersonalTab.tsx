import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { HostContext } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";
import { addFeatureMessages } from "../../../i18n/catalog";
import { Loading } from "../../../components/StateViews";
import { sections, type SectionProps } from "../sections";
import { SectionTabs } from "./SectionTabs";
import { useSectionHash } from "./useSectionHash";
import { useAppRoles } from "./useAppRoles";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: "960px" },
});

// One lazy component per section, made once: React keeps a section's loaded code across re-renders and tab switches. A
// section's own messages, when it has them, are in the catalog before its first render.
const views: ReadonlyMap<string, LazyExoticComponent<ComponentType<SectionProps>>> = new Map(
  sections.map((s) => [s.id, lazy(() =>
    Promise.all([s.load(), s.messages?.().then(addFeatureMessages)]).then(([component]) => ({ default: component })))]),
);
const tabId = (id: string) => `section-tab-${id}`;
const panelId = (id: string) => `section-panel-${id}`;

/** The personal tab: its sections as tabs (arrow keys move between them), the selected one below, loaded when shown. */
export function PersonalTab({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t } = useI18n();
  const roles = useAppRoles();
  // A section meant for a role is never in the tab list of anyone without it: the list waits for the token's roles.
  const shown = useMemo(() => sections.filter((s) => !s.role || roles?.includes(s.role)), [roles]);
  const ids = useMemo(() => shown.map((s) => s.id), [shown]);
  const [selected, select] = useSectionHash(ids);
  const View = views.get(selected)!;

  if (roles === null) return <Loading />;
  return (
    <main className={styles.page}>
      <SectionTabs label={t("personal.sections")} tabs={shown.map((s) => ({ id: s.id, label: t(s.label) }))}
        selected={selected} onSelect={select} tabId={tabId} panelId={panelId} />
      <div role="tabpanel" id={panelId(selected)} aria-labelledby={tabId(selected)}>
        <Suspense fallback={<Loading />}>
          <View host={host} />
        </Suspense>
      </div>
    </main>
  );
}
