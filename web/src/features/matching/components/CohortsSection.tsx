import { lazy, Suspense, useState } from "react";
import { Button, Field, Text } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { NativeSelect } from "../../../components/NativeSelect";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useCohorts } from "../api/queries";
import { CohortPanel } from "./CohortPanel";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";
import { useReturnFocus } from "../../../components/focus";

// The form (its people picker: Fluent's Combobox, its positioning and focus code, ~35 KB gzip) is loaded only when the
// coordinator starts a cohort, as the circles' create form is: the section's cohorts and their activity show without it.
const CohortForm = lazy(() => import("./CohortForm").then((m) => ({ default: m.CohortForm })));

/** The personal tab's section "Cohortes", listed only for a coordinator: create a cohort, propose groups, follow its activity. */
export function CohortsSection({ host }: SectionProps) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const cohorts = useCohorts();
  const [chosen, choose] = useState<string | undefined>();
  const [created, setCreated] = useState("");
  const [creating, setCreating] = useState(false);
  const trigger = useReturnFocus<HTMLButtonElement>(creating);
  const shown = chosen ?? cohorts.data?.[0]?.id;

  return (
    <div className={styles.section}>
      <Text as="h1" block size={700} weight="semibold">{t("matching.cohorts.heading")}</Text>
      <Text as="p" block>{t("matching.cohorts.intro")}</Text>
      {creating ? (
        <Suspense fallback={<Loading />}>
          <CohortForm onCancel={() => setCreating(false)}
            onCreated={(c) => { choose(c.id); setCreated(t("matching.cohorts.created", { name: c.name })); setCreating(false); }} />
        </Suspense>
      ) : (
        <div><Button ref={trigger} appearance="primary" onClick={() => { setCreated(""); setCreating(true); }}>{t("matching.cohorts.create")}</Button></div>
      )}
      <Text role="status">{created}</Text>
      <section className={styles.part} aria-labelledby={scoped("cohorts-list")}>
        <Text as="h2" id={scoped("cohorts-list")} block size={500} weight="semibold">{t("matching.cohorts.list")}</Text>
        {cohorts.isPending ? <Loading /> : null}
        {cohorts.isError ? <ErrorView error={cohorts.error} onRetry={() => cohorts.refetch()} /> : null}
        {cohorts.data?.length === 0 ? <Text as="p">{t("matching.cohorts.none")}</Text> : null}
        {cohorts.data && cohorts.data.length > 0 ? (
          <Field label={t("matching.cohorts.pick")}>
            {(control) => (
              <NativeSelect {...control} value={shown ?? ""} onChange={choose}>
                {cohorts.data.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </NativeSelect>
            )}
          </Field>
        ) : null}
      </section>
      {shown ? <CohortPanel key={shown} cohortId={shown} locale={host.locale} /> : null}
    </div>
  );
}
