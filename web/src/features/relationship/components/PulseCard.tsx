import { useState, type FormEvent } from "react";
import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView, Loading } from "../../../components/StateViews";
import { Notice } from "../../../components/Notice";
import { useScopedIds } from "../../../components/useScopedIds";
import { formatDay } from "../../../lib/dates";
import { useAnswerPulse, usePulse } from "../api/queries";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const SCALE = ["1", "2", "3", "4", "5"];

/** The relationship pulse: two questions at 30 days then every 60; the others' answers show only once everyone answered. */
export function PulseCard({ circleId }: { circleId: string }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const view = usePulse(circleId);
  const answer = useAnswerPulse(circleId);
  const [useful, setUseful] = useState("");
  const [working, setWorking] = useState("");
  const headingId = scoped(`pulse-${circleId}`);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const pulse = view.data;
  if (pulse.number === 0) {
    return <Text>{t("relationship.pulse.notYet", { date: formatDay(pulse.nextAt, locale) })}</Text>;
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    answer.mutate({ useful: Number(useful), working: Number(working) });
  };
  const question = (label: MessageKey, value: string, set: (v: string) => void) => (
    <Field label={t(label)} required>
      <RadioGroup value={value} layout="horizontal" onChange={(_, d) => set(d.value)}>
        {SCALE.map((s) => <Radio key={s} value={s} label={t(`relationship.pulse.scale.${s}` as MessageKey)} />)}
      </RadioGroup>
    </Field>
  );

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <Text as="h4" block id={headingId} weight="semibold">{t("relationship.pulse.heading")}</Text>
      {!pulse.mine ? (
        <form onSubmit={submit} aria-labelledby={headingId}>
          {question("relationship.pulse.useful", useful, setUseful)}
          {question("relationship.pulse.working", working, setWorking)}
          {answer.isError ? <ErrorView error={answer.error} /> : null}
          <Button appearance="primary" type="submit" disabled={!useful || !working || answer.isPending}>{t("relationship.pulse.send")}</Button>
        </form>
      ) : (
        <Text block>{t("relationship.pulse.mine", { useful: String(pulse.mine.useful), working: String(pulse.mine.working) })}</Text>
      )}
      {pulse.mine && !pulse.everyoneAnswered ? <Text block>{t("relationship.pulse.waiting")}</Text> : null}
      {pulse.others.map((o) => (
        <Text block key={o.personId}>{t("relationship.pulse.other", { name: o.displayName, useful: String(o.useful), working: String(o.working) })}</Text>
      ))}
      {pulse.suggestTalking ? <Notice intent="info" role="status">{t("relationship.pulse.low")}</Notice> : null}
      <Text size={200}>{t("relationship.pulse.next", { date: formatDay(pulse.nextAt, locale) })}</Text>
    </div>
  );
}
