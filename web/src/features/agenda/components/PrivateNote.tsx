import { useState } from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { ActionError } from "../../../components/ActionError";
import { useAnnounce } from "../../../components/Announcer";
import { useFocusOnShow } from "../../../components/focus";
import { useMyNote, useSaveNote } from "../api/queries";
import type { Note } from "../api/types";

const useStyles = makeStyles({ note: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" } });

/**
 * My private notes on the session: only I can ever read them (the API filters them for everyone else). The editor shows
 * only once my stored note is read: a text typed earlier would be replaced by it, and a save before it would replace it.
 */
export function PrivateNote({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const note = useMyNote(circleId, sessionId);

  return (
    <section className={styles.note} aria-label={t("agenda.note")}>
      {note.isPending ? <Loading /> : null}
      {note.isError ? <ErrorView error={note.error} onRetry={() => note.refetch()} /> : null}
      {note.data ? <NoteEditor circleId={circleId} sessionId={sessionId} stored={note.data} /> : null}
    </section>
  );
}

/** The loaded note, edited: starts from what is stored, and from then on the person's text is never replaced. */
function NoteEditor({ circleId, sessionId, stored }: { circleId: string; sessionId: string; stored: Note }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const save = useSaveNote(circleId, sessionId);
  const [text, setText] = useState(stored.text);
  const first = useFocusOnShow<HTMLTextAreaElement>();
  return (
    <>
      <Field label={t("agenda.note")} style={{ alignSelf: "stretch" }}>
        <Textarea ref={first} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Button onClick={() => save.mutate(text, { onSuccess: () => announce(t("agenda.noteSaved")) })} disabledFocusable={save.isPending}>
        {t("agenda.saveNote")}
      </Button>
      {save.isSuccess ? <Text>{t("agenda.noteSaved")}</Text> : null}
      {save.isError ? <ActionError error={save.error} /> : null}
    </>
  );
}
