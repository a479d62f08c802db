import { useState } from "react";
import { Field, Text } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { NativeSelect } from "../../../components/NativeSelect";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useCohorts } from "../api/queries";
import { CohortForm } from "./CohortForm";
import { CohortPanel } from "./CohortPanel";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";

/** The personal tab's section "Cohortes", listed only for a coordinator: create a cohort, propose groups, follow its activity. */
export function CohortsSection({ host }: SectionProps) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const cohorts = useCohorts();
  const [chosen, choose] = useState<string | undefined>();
  const [created, setCreated] = useState("");
  const shown = chosen ?? cohorts.data?.[0]?.id;

  return (
    <div className={styles.section}>
      <Text as="h1" block size={700} weight="semibold">{t("matching.cohorts.heading")}</Text>
      <Text as="p" block>{t("matching.cohorts.intro")}</Text>
      <CohortForm onCreated={(c) => { choose(c.id); setCreated(t("matching.cohorts.created", { name: c.name })); }} />
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
