import { useState, type FormEvent } from "react";
import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { usePlaceGoals } from "../api/queries";
import type { GoalLine } from "../api/types";
import { LEVELS } from "./levels";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** "Where I stand": one tap per goal of mine, on its five level texts; the API keeps one answer per goal and month. */
export function PlacementForm({ circleId, goals, onDone }: { circleId: string; goals: GoalLine[]; onDone: () => void }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const place = usePlaceGoals(circleId);
  const [levels, setLevels] = useState<Record<string, string>>({});
  const headingId = scoped(`goals-place-${circleId}`);
  const complete = goals.every((g) => levels[g.goal.id] !== undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    place.mutate(goals.map((g) => ({ goalId: g.goal.id, level: Number(levels[g.goal.id]) })), { onSuccess: onDone });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={headingId}>
      <Text as="h4" block id={headingId} weight="semibold">{t("goals.place.heading")}</Text>
      {goals.map((g) => (
        <Field key={g.goal.id} label={g.goal.title}>
          <RadioGroup value={levels[g.goal.id] ?? ""} onChange={(_, d) => setLevels({ ...levels, [g.goal.id]: d.value })}>
            {LEVELS.map((level, i) => <Radio key={level} value={String(level)} label={g.goal.levels[i]} />)}
          </RadioGroup>
        </Field>
      ))}
      {place.isError ? <ErrorView error={place.error} /> : null}
      <div><Button appearance="primary" type="submit" disabled={!complete || place.isPending}>{t("goals.place.send")}</Button></div>
    </form>
  );
}
