import { useState, type FormEvent } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView } from "../../../components/StateViews";
import { ApiError } from "../../../lib/api-client";
import { useAnswerFollowUp } from "../api/queries";
import type { FollowUp, ReviewState } from "../api/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const MaxNew = 3;

/** The card's questions as a form: same fields, same rules (the API checks them), the revision it showed sent back. */
export function FollowUpForm({ followUp, onDone }: { followUp: FollowUp; onDone: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const answer = followUp.answer;
  const [attended, setAttended] = useState(answer ? (answer.attended ? "yes" : "no") : "");
  const [reviews, setReviews] = useState<Record<string, ReviewState>>(
    Object.fromEntries(followUp.commitments.map((c) => [c.id, answer?.commitments[c.id] ?? "notYet"])));
  const [news, setNews] = useState<string[]>(Array.from({ length: MaxNew }, (_, i) => answer?.newCommitments[i] ?? ""));
  const [blocker, setBlocker] = useState(answer?.blocker ?? "");
  const [usefulness, setUsefulness] = useState(answer?.usefulness ? String(answer.usefulness) : "");
  const [helpedBy, setHelpedBy] = useState<string[]>(answer?.helpedBy ?? []);
  const send = useAnswerFollowUp();
  const fieldError = (name: string) =>
    send.error instanceof ApiError && send.error.failure.kind === "problem" ? send.error.failure.fields[name]?.join(" ") : undefined;
  const id = `${followUp.circleId}-${followUp.sessionId}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(
      {
        circleId: followUp.circleId,
        sessionId: followUp.sessionId,
        body: {
          attended: attended === "yes",
          commitments: reviews,
          newCommitments: news.filter((n) => n.trim().length > 0),
          blocker,
          usefulness: usefulness ? Number(usefulness) : undefined,
          helpedBy,
          revision: followUp.revision,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("followups.answer")}>
      <Field label={t("followups.attended")} required validationMessage={fieldError("attended")}>
        <RadioGroup value={attended} onChange={(_, d) => setAttended(d.value)} layout="horizontal">
          <Radio value="yes" label={t("followups.yes")} />
          <Radio value="no" label={t("followups.no")} />
        </RadioGroup>
      </Field>
      {followUp.commitments.map((c) => (
        <Field key={c.id} label={c.text} validationMessage={fieldError(`commitments.${c.id}`)}>
          <RadioGroup value={reviews[c.id]} onChange={(_, d) => setReviews({ ...reviews, [c.id]: d.value as ReviewState })} layout="horizontal">
            <Radio value="done" label={t("followups.done")} />
            <Radio value="notYet" label={t("followups.notYet")} />
            <Radio value="dropped" label={t("followups.dropped")} />
          </RadioGroup>
        </Field>
      ))}
      {news.map((text, i) => (
        <Field key={i} label={t("followups.newCommitment", { n: i + 1 })} validationMessage={fieldError(`newCommitments[${i}]`) ?? (i === 0 ? fieldError("newCommitments") : undefined)}>
          <Input value={text} maxLength={500} onChange={(_, d) => setNews(news.map((n, j) => (j === i ? d.value : n)))} />
        </Field>
      ))}
      <Field label={t("followups.blocker")} hint={t("followups.blockerHint")} validationMessage={fieldError("blocker")}>
        <Textarea value={blocker} maxLength={1000} onChange={(_, d) => setBlocker(d.value)} />
      </Field>
      <Field label={t("followups.usefulness")} validationMessage={fieldError("usefulness")}>
        <RadioGroup value={usefulness} onChange={(_, d) => setUsefulness(d.value)} layout="horizontal">
          {[1, 2, 3, 4, 5].map((n) => <Radio key={n} value={String(n)} label={String(n)} />)}
        </RadioGroup>
      </Field>
      {followUp.peers.length > 0 ? (
        <fieldset id={`${id}-helpers`}>
          <legend>{t("followups.helpedBy")}</legend>
          {followUp.peers.map((p) => (
            <Checkbox
              key={p.personId}
              label={p.displayName}
              checked={helpedBy.includes(p.personId)}
              onChange={(_, d) => setHelpedBy(d.checked ? [...helpedBy, p.personId] : helpedBy.filter((h) => h !== p.personId))}
            />
          ))}
        </fieldset>
      ) : null}
      {send.isError && !(send.error instanceof ApiError && send.error.failure.kind === "problem" && Object.keys(send.error.failure.fields).length > 0)
        ? <ErrorView error={send.error} />
        : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!attended || send.isPending}>{t("followups.send")}</Button>
        <Button type="button" onClick={onDone}>{t("followups.cancel")}</Button>
      </div>
    </form>
  );
}
