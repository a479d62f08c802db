import { useState, type FormEvent } from "react";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ActionError } from "../../../components/ActionError";
import { NativeSelect } from "../../../components/NativeSelect";
import { useGivePlan, type CodevPerson } from "../api/queries";

const STEPS = 3;
const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** The client's action plan: up to three steps, each from their own idea or a consultant's (who gets a thanks). */
export function CodevPlanForm({ circleId, sessionId, consultants }: { circleId: string; sessionId: string; consultants: CodevPerson[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const give = useGivePlan(circleId, sessionId);
  const [steps, setSteps] = useState(() => Array.from({ length: STEPS }, () => ({ text: "", ideaFrom: "" })));

  function submit(e: FormEvent) {
    e.preventDefault();
    const written = steps.filter((s) => s.text.trim()).map((s) => ({ text: s.text, ...(s.ideaFrom ? { ideaFrom: s.ideaFrom } : {}) }));
    if (written.length > 0) give.mutate({ steps: written });
  }

  const set = (i: number, change: Partial<{ text: string; ideaFrom: string }>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("codev.plan.heading")}>
      <Text as="h3" block weight="semibold">{t("codev.plan.heading")}</Text>
      {steps.map((s, i) => (
        <div key={i}>
          <Field label={t("codev.plan.step", { n: i + 1 })}>
            <Input value={s.text} onChange={(_, d) => set(i, { text: d.value })} />
          </Field>
          <Field label={`${t("codev.plan.ideaFrom")} (${t("codev.plan.step", { n: i + 1 })})`}>
            {(control) => (
              <NativeSelect {...control} value={s.ideaFrom} onChange={(value) => set(i, { ideaFrom: value })}>
                <option value="">{t("codev.plan.mine")}</option>
                {consultants.map((c) => <option key={c.id} value={c.id}>{c.displayName}</option>)}
              </NativeSelect>
            )}
          </Field>
        </div>
      ))}
      <Button type="submit" appearance="primary" disabledFocusable={give.isPending}>{t("codev.plan.give")}</Button>
      {give.isError ? <ActionError error={give.error} /> : null}
    </form>
  );
}
