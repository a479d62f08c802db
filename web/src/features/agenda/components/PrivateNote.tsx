import { useEffect, useState } from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView } from "../../../components/StateViews";
import { useMyNote, useSaveNote } from "../api/queries";

const useStyles = makeStyles({ note: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" } });

/** My private notes on the session: only I can ever read them (the API filters them for everyone else). */
export function PrivateNote({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const note = useMyNote(circleId, sessionId);
  const save = useSaveNote(circleId, sessionId);
  const [text, setText] = useState("");
  useEffect(() => {
    if (note.data) setText(note.data.text);
  }, [note.data]);

  return (
    <section className={styles.note} aria-label={t("agenda.note")}>
      <Field label={t("agenda.note")} style={{ alignSelf: "stretch" }}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Button onClick={() => save.mutate(text)} disabledFocusable={save.isPending}>{t("agenda.saveNote")}</Button>
      {save.isSuccess ? <Text role="status">{t("agenda.noteSaved")}</Text> : null}
      {save.isError ? <ErrorView error={save.error} /> : null}
      {note.isError ? <ErrorView error={note.error} onRetry={() => note.refetch()} /> : null}
    </section>
  );
}
