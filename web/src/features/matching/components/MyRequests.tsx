import { useState } from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Pill } from "../../../components/Pill";
import { ErrorView, Loading } from "../../../components/StateViews";
import { formatDay } from "../../../lib/dates";
import { useAnswerRequest, useMyRequests } from "../api/queries";
import type { MentorRequest } from "../api/types";
import { useMatchingStyles } from "./styles";
import { useScopedIds } from "../../../components/useScopedIds";

const tone = { pending: "outline", accepted: "success", declined: "warning" } as const;

/** "Mes demandes": the requests I sent (and where they stand) and those I received, answered with a word. */
export function MyRequests({ locale }: { locale: string }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const requests = useMyRequests();
  const answer = useAnswerRequest();
  const [words, setWords] = useState<Record<string, string>>({});
  const [done, setDone] = useState("");

  const reply = (r: MentorRequest, accept: boolean) =>
    answer.mutate({ id: r.id, accept, word: words[r.id] ?? "" }, {
      onSuccess: () => setDone(accept ? t("matching.requests.accepted", { name: r.menteeName }) : t("matching.requests.declined")),
    });

  const item = (r: MentorRequest) => {
    const other = r.direction === "sent" ? r.mentorName : r.menteeName;
    const title = t(r.direction === "sent" ? "matching.requests.to" : "matching.requests.from", { name: other });
    return (
      <li key={r.id}>
        <div role="group" className={styles.card} aria-labelledby={`request-${r.id}`}>
          <div className={styles.title}>
            <Text as="h4" id={`request-${r.id}`} weight="semibold">{title}</Text>
            <Pill tone={tone[r.state]}>{t(`matching.requests.state.${r.state}`)}</Pill>
            <Text size={200}>{formatDay(r.sentAt, locale)}</Text>
          </div>
          <p className={styles.quote}>{r.message}</p>
          {r.answer ? <Text>{t("matching.requests.answer", { word: r.answer })}</Text> : null}
          {r.direction === "received" && r.state === "pending" ? (
            <div className={styles.actions}>
              <Field label={t("matching.requests.word", { name: r.menteeName })}>
                <Input value={words[r.id] ?? ""} maxLength={1000} onChange={(_, d) => setWords((w) => ({ ...w, [r.id]: d.value }))} />
              </Field>
              <Button appearance="primary" disabledFocusable={answer.isPending} onClick={() => reply(r, true)}>{t("matching.requests.accept")}</Button>
              <Button disabledFocusable={answer.isPending} onClick={() => reply(r, false)}>{t("matching.requests.decline")}</Button>
            </div>
          ) : null}
        </div>
      </li>
    );
  };

  const sent = requests.data?.filter((r) => r.direction === "sent") ?? [];
  const received = requests.data?.filter((r) => r.direction === "received") ?? [];
  return (
    <section className={styles.part} aria-labelledby={scoped("matching-requests")}>
      <Text as="h2" id={scoped("matching-requests")} block size={500} weight="semibold">{t("matching.requests.heading")}</Text>
      <Text role="status">{done}</Text>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <ErrorView error={requests.error} onRetry={() => requests.refetch()} /> : null}
      {answer.isError ? <ErrorView error={answer.error} /> : null}
      {requests.data?.length === 0 ? <Text as="p">{t("matching.requests.none")}</Text> : null}
      {received.length > 0 ? (
        <section className={styles.part} aria-labelledby={scoped("matching-received")}>
          <Text as="h3" id={scoped("matching-received")} block weight="semibold" size={400}>{t("matching.requests.received")}</Text>
          <ul className={styles.list}>{received.map(item)}</ul>
        </section>
      ) : null}
      {sent.length > 0 ? (
        <section className={styles.part} aria-labelledby={scoped("matching-sent")}>
          <Text as="h3" id={scoped("matching-sent")} block weight="semibold" size={400}>{t("matching.requests.sent")}</Text>
          <ul className={styles.list}>{sent.map(item)}</ul>
        </section>
      ) : null}
    </section>
  );
}
