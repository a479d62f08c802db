import { useState, type FormEvent } from "react";
import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView } from "../../../components/StateViews";
import { ApiError } from "../../../lib/api-client";
import { useAddGoal } from "../api/queries";
import type { GoalKind, GoalSharing } from "../api/types";
import { LEVELS, levelLabel } from "./levels";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const KINDS: GoalKind[] = ["targetJob", "skill", "step"];

/**
 * Writing a goal with five observable levels. Each kind shows a worked example (fr/en) as the fields' placeholders and hint,
 * because good levels are the hard part; the API refuses four levels, two alike, a missing level 0 or a weight out of 1–10.
 */
export function GoalForm({ circleId, onDone }: { circleId: string; onDone: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const add = useAddGoal(circleId);
  const [kind, setKind] = useState<GoalKind>("step");
  const [title, setTitle] = useState("");
  const [levels, setLevels] = useState<string[]>(["", "", "", "", ""]);
  const [baseline, setBaseline] = useState("-1");
  const [weight, setWeight] = useState("");
  const [sharing, setSharing] = useState<GoalSharing>("private");
  const example = t(`goals.example.${kind}.levels` as MessageKey).split(" | ");
  const fields = add.error instanceof ApiError && add.error.failure.kind === "problem" ? add.error.failure.fields : {};
  const fieldError = (name: string) => fields[name]?.join(" ");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { kind, title, levels, baseline: Number(baseline), weight: weight.trim() ? Number(weight) : undefined, sharing },
      { onSuccess: onDone });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("goals.add")}>
      <Field label={t("goals.form.kind")}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as GoalKind)} layout="horizontal">
          {KINDS.map((k) => <Radio key={k} value={k} label={t(`goals.kind.${k}` as MessageKey)} />)}
        </RadioGroup>
      </Field>
      <Field label={t("goals.form.title")} required validationMessage={fieldError("title") ?? fieldError("goals")}>
        <Input value={title} maxLength={200} placeholder={t(`goals.example.${kind}.title` as MessageKey)} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <fieldset>
        <legend>{t("goals.form.levels")}</legend>
        <Text block>{t("goals.form.levelsHint")}</Text>
        {fieldError("levels") ? <Text block role="alert">{fieldError("levels")}</Text> : null}
        {LEVELS.map((level, i) => (
          <Field key={level} label={t(levelLabel(level))} required validationMessage={fieldError(`levels[${i}]`)}
            hint={t("goals.form.examples", { example: example[i] ?? "" })}>
            <Input value={levels[i]} maxLength={300} onChange={(_, d) => setLevels(levels.map((l, j) => (j === i ? d.value : l)))} />
          </Field>
        ))}
      </fieldset>
      <Field label={t("goals.form.baseline")} validationMessage={fieldError("baseline")}>
        <RadioGroup value={baseline} onChange={(_, d) => setBaseline(d.value)}>
          {LEVELS.map((level) => <Radio key={level} value={String(level)} label={t(levelLabel(level))} />)}
        </RadioGroup>
      </Field>
      <Field label={t("goals.form.weight")} validationMessage={fieldError("weight")}>
        <Input type="number" value={weight} onChange={(_, d) => setWeight(d.value)} />
      </Field>
      <Field label={t("goals.form.sharing")} validationMessage={fieldError("sharing")}>
        <RadioGroup value={sharing} onChange={(_, d) => setSharing(d.value as GoalSharing)}>
          <Radio value="private" label={t("goals.private")} />
          <Radio value="circle" label={t("goals.shared")} />
        </RadioGroup>
      </Field>
      {add.isError && Object.keys(fields).length === 0 ? <ErrorView error={add.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={add.isPending}>{t("goals.form.save")}</Button>
        <Button type="button" onClick={onDone}>{t("goals.form.cancel")}</Button>
      </div>
    </form>
  );
}
