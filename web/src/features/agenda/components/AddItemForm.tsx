import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ApiError } from "../../../lib/api-client";
import { ActionError } from "../../../components/ActionError";
import { useAnnounce } from "../../../components/Announcer";
import { NativeSelect } from "../../../components/NativeSelect";
import { useAddItem } from "../api/queries";
import type { ItemKind } from "../api/types";
import { itemKinds, kindLabel } from "./kinds";

const useStyles = makeStyles({ form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" } });

/** Adds an item to the session's agenda, ahead of time or live. */
export function AddItemForm({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const announce = useAnnounce();
  const add = useAddItem(circleId, sessionId);
  const [kind, setKind] = useState<ItemKind>("question");
  const [text, setText] = useState("");
  const fieldError = add.error instanceof ApiError && add.error.failure.kind === "problem" ? add.error.failure.detail : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    add.mutate({ kind, text, key: crypto.randomUUID() }, { onSuccess: () => { setText(""); announce(t("agenda.itemAdded")); } });
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={t("agenda.kind")}>
        {(control) => (
          <NativeSelect {...control} value={kind} onChange={(value) => setKind(value as ItemKind)}>
            {itemKinds.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
          </NativeSelect>
        )}
      </Field>
      <Field label={t("agenda.newItem")} validationMessage={fieldError}>
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabledFocusable={add.isPending}>{t("agenda.add")}</Button>
      {add.isError && !fieldError ? <ActionError error={add.error} /> : null}
    </form>
  );
}
