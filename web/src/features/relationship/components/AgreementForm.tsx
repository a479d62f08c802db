import { useState, type FormEvent } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView } from "../../../components/StateViews";
import { ApiError } from "../../../lib/api-client";
import { useWriteAgreement } from "../api/queries";
import type { AgreementTerms, Frequency } from "../api/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const FREQUENCIES: Frequency[] = ["weekly", "fortnightly", "monthly"];

/** Writing or changing the agreement: rhythm, duration (3–12 months), how we talk between sessions, a group's rules, confidentiality. */
export function AgreementForm({ circleId, peerGroup, current, onDone }: {
  circleId: string; peerGroup: boolean; current: AgreementTerms | null; onDone: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const write = useWriteAgreement(circleId);
  const [frequency, setFrequency] = useState<Frequency>(current?.frequency ?? (peerGroup ? "fortnightly" : "monthly"));
  const [months, setMonths] = useState(String(current?.durationMonths ?? 6));
  const [communication, setCommunication] = useState(current?.communication ?? "");
  const [rules, setRules] = useState(current?.rules ?? "");
  const [confidential, setConfidential] = useState(current !== null);
  const fields = write.error instanceof ApiError && write.error.failure.kind === "problem" ? write.error.failure.fields : {};
  const fieldError = (name: string) => fields[name]?.join(" ");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({ frequency, durationMonths: Number(months), communication, rules: rules.trim() ? rules : null, confidential }, { onSuccess: onDone });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("relationship.agreement.write")}>
      <Field label={t("relationship.agreement.frequency")} validationMessage={fieldError("frequency")}>
        <RadioGroup value={frequency} onChange={(_, d) => setFrequency(d.value as Frequency)}>
          {FREQUENCIES.map((f) => <Radio key={f} value={f} label={t(`relationship.agreement.frequency.${f}` as MessageKey)} />)}
        </RadioGroup>
      </Field>
      <Field label={t("relationship.agreement.duration")} required validationMessage={fieldError("durationMonths")}>
        <Input type="number" value={months} onChange={(_, d) => setMonths(d.value)} />
      </Field>
      <Field label={t("relationship.agreement.communication")} required hint={t("relationship.agreement.communication.hint")}
        validationMessage={fieldError("communication")}>
        <Input value={communication} maxLength={300} onChange={(_, d) => setCommunication(d.value)} />
      </Field>
      <Field label={t("relationship.agreement.rules")} required={peerGroup} hint={t("relationship.agreement.rules.hint")} validationMessage={fieldError("rules")}>
        <Textarea value={rules} maxLength={1000} onChange={(_, d) => setRules(d.value)} />
      </Field>
      <Field validationMessage={fieldError("confidential")}>
        <Checkbox checked={confidential} onChange={(_, d) => setConfidential(d.checked === true)} label={t("relationship.agreement.confidential")} />
      </Field>
      {write.isError && Object.keys(fields).length === 0 ? <ErrorView error={write.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={write.isPending}>{t("relationship.agreement.save")}</Button>
        <Button type="button" onClick={onDone}>{t("relationship.agreement.cancel")}</Button>
      </div>
    </form>
  );
}
