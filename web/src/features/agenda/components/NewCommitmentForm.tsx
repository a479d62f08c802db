import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ActionError } from "../../../components/ActionError";
import { useAnnounce } from "../../../components/Announcer";
import { useMakeCommitment } from "../api/queries";

const useStyles = makeStyles({ form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" } });

/** A commitment I make at this session, due by the next one. */
export function NewCommitmentForm({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const announce = useAnnounce();
  const make = useMakeCommitment(circleId, sessionId);
  const [text, setText] = useState("");

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    make.mutate({ text, key: crypto.randomUUID() }, { onSuccess: () => { setText(""); announce(t("agenda.commitmentMade")); } });
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={t("agenda.newCommitment")}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button type="submit" disabledFocusable={make.isPending}>{t("agenda.commit")}</Button>
      {make.isError ? <ActionError error={make.error} /> : null}
    </form>
  );
}
