import { useState, type FormEvent } from "react";
import { Button, Field, Input, Text, Textarea, mergeClasses } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { fieldErrors } from "../api/fieldErrors";
import { useDraft, useSendRequest } from "../api/queries";
import type { Suggestion } from "../api/types";
import { useMatchingStyles } from "./styles";

/** The API's bound on a request's message (MentorRequest.MaxMessageLength); the API checks it, the count helps write. */
const MaxMessage = 2000;

/** The personal request to one mentor, pre-filled with the draft the API writes from both profiles, editable before sending. */
export function RequestForm({ mentor, onDone }: { mentor: Suggestion; onDone: (sent: boolean) => void }) {
  const draft = useDraft(mentor.mentorId);
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <ErrorView error={draft.error} onRetry={() => draft.refetch()} />;
  return <Editor mentor={mentor} initial={draft.data.message} onDone={onDone} />;
}

function Editor({ mentor, initial, onDone }: { mentor: Suggestion; initial: string; onDone: (sent: boolean) => void }) {
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const send = useSendRequest();
  const [key] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState(initial);
  const [objective, setObjective] = useState("");
  const errors = fieldErrors(send.error, ["message", "objective"]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({ key, mentor: mentor.mentorId, message, objective }, { onSuccess: () => onDone(true) });
  };

  return (
    <form className={styles.part} onSubmit={submit} noValidate aria-label={t("matching.request.heading", { name: mentor.displayName })}>
      <Text as="h4" block weight="semibold">{t("matching.request.heading", { name: mentor.displayName })}</Text>
      {/* The count is in the field's hint, so it is read with the field (Field links hint and error to the textarea). */}
      <Field label={t("matching.request.message")} required validationMessage={errors.of("message")}
        hint={<>{t("matching.request.messageHint")} <span className={mergeClasses(message.length > MaxMessage && styles.error)}>
          {t("matching.request.count", { count: message.length, max: MaxMessage })}</span></>}>
        <Textarea value={message} rows={8} resize="vertical" onChange={(_, d) => setMessage(d.value)} />
      </Field>
      <Field label={t("matching.request.objective")} validationMessage={errors.of("objective")}>
        <Input value={objective} onChange={(_, d) => setObjective(d.value)} />
      </Field>
      {errors.elsewhere.length > 0 ? <Text role="alert" className={styles.error}>{errors.elsewhere.join(" ")}</Text> : null}
      {errors.whole ? <ErrorView error={send.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={send.isPending}>{t("matching.request.send")}</Button>
        <Button type="button" onClick={() => onDone(false)}>{t("matching.request.cancel")}</Button>
      </div>
    </form>
  );
}
