import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { HostContext } from "../../../host/teams";
import { useI18n } from "../../../i18n/i18n";
import { Loading } from "../../../components/StateViews";
import { sections, type SectionProps } from "../sections";
import { useSectionHash } from "./useSectionHash";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: "960px" },
});

// One lazy component per section, made once: React keeps a section's loaded code across re-renders and tab switches.
const views: ReadonlyMap<string, LazyExoticComponent<ComponentType<SectionProps>>> = new Map(
  sections.map((s) => [s.id, lazy(() => s.load().then((component) => ({ default: component })))]),
);
const ids = sections.map((s) => s.id);

/** The personal tab: its sections as tabs (arrow keys move between them), the selected one below, loaded when shown. */
export function PersonalTab({ host }: { host: HostContext }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [selected, select] = useSectionHash(ids);
  const View = views.get(selected)!;

  return (
    <main className={styles.page}>
      <TabList selectedValue={selected} onTabSelect={(_, data) => select(String(data.value))} aria-label={t("personal.sections")}>
        {sections.map((s) => (
          <Tab key={s.id} value={s.id} id={`section-tab-${s.id}`} aria-controls={`section-panel-${s.id}`}>{t(s.label)}</Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`section-panel-${selected}`} aria-labelledby={`section-tab-${selected}`}>
        <Suspense fallback={<Loading />}>
          <View host={host} />
        </Suspense>
      </div>
    </main>
  );
}
