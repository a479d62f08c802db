import { lazy, Suspense, useState } from "react";
import { Button, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Loading } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { useMatchingStyles } from "./styles";

// Its code comes with the click, not with the #cohorts page (whose weight has a budget), and the view is computed only when asked.
const ProgrammeFigures = lazy(() => import("./ProgrammeFigures"));

/** « Le programme »: a disclosure button (a constant label, its state in aria-expanded) that shows the cohort's programme figures (ProgrammeFigures) below it. */
export function ProgrammeToggle({ cohortId, locale, fewerThan }: { cohortId: string; locale: string; fewerThan: number }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <section className={styles.part} aria-labelledby={scoped("programme")}>
      <Text as="h3" id={scoped("programme")} block weight="semibold" size={400}>{t("matching.programme.heading")}</Text>
      <div className={styles.actions}>
        <Button aria-expanded={shown} aria-controls={scoped("figures")} onClick={() => setShown(!shown)}>
          {t("matching.programme.show")}
        </Button>
      </div>
      <div id={scoped("figures")}>
        {shown ? (
          <Suspense fallback={<Loading />}>
            <ProgrammeFigures cohortId={cohortId} locale={locale} fewerThan={fewerThan} labelledBy={scoped("programme")} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
