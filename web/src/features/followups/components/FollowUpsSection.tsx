import { lazy, Suspense, useState } from "react";
import { Button, Card, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { formatSession } from "../../../lib/dates";
import { useMyFollowUps, usePauseCards } from "../api/queries";
import type { FollowUp } from "../api/types";
import { BotUnreachable } from "./BotUnreachable";
import { useScopedIds } from "../../../components/useScopedIds";
// The answer form (checkbox, radios, text fields) opens on "Répondre": not in the deep link's first download (docs/teams-app.md).
const FollowUpForm = lazy(() => import("./FollowUpForm").then((m) => ({ default: m.FollowUpForm })));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

/** "Suivis": the follow-ups I have not answered (the card may be lost), my recent answers, and each circle's card switch. */
export function FollowUpsSection({ host }: SectionProps) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const mine = useMyFollowUps();
  const pause = usePauseCards(host.userId);
  const [open, setOpen] = useState<string | null>(null);

  const item = (f: FollowUp) => {
    const key = `${f.circleId}/${f.sessionId}`;
    const title = `${t("followups.session", { date: formatSession(f.start, host.locale) })} — ${f.circleName}`;
    return (
      <li key={key}>
        <Card className={styles.card} aria-label={title}>
          <Text as="h3" block weight="semibold">{title}</Text>
          {f.answer && open !== key ? (
            <Text>{t("followups.recorded", {
              attended: t(f.answer.attended ? "followups.yes" : "followups.no"),
              usefulness: f.answer.usefulness ?? t("followups.unrated"),
            })}</Text>
          ) : null}
          {open === key
            ? <Suspense fallback={<Loading />}><FollowUpForm followUp={f} onDone={() => setOpen(null)} /></Suspense>
            : <div><Button onClick={() => setOpen(key)}>{t(f.answer ? "followups.change" : "followups.answer")}</Button></div>}
        </Card>
      </li>
    );
  };

  return (
    <div className={styles.section}>
      <Text as="h1" block size={700} weight="semibold">{t("followups.heading")}</Text>
      <Text as="p">{t("followups.intro")}</Text>
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <ErrorView error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.data ? (
        <>
          <BotUnreachable bot={mine.data.bot} />
          <section aria-labelledby={scoped("followups-to-answer")}>
            <Text as="h2" block id={scoped("followups-to-answer")} size={500} weight="semibold">{t("followups.toAnswer")}</Text>
            {mine.data.toAnswer.length === 0 ? <Text as="p">{t("followups.none")}</Text> : null}
            <ul className={styles.list}>{mine.data.toAnswer.map(item)}</ul>
          </section>
          {mine.data.answered.length > 0 ? (
            <section aria-labelledby={scoped("followups-answered")}>
              <Text as="h2" block id={scoped("followups-answered")} size={500} weight="semibold">{t("followups.answered")}</Text>
              <ul className={styles.list}>{mine.data.answered.map(item)}</ul>
            </section>
          ) : null}
          {mine.data.circles.length > 0 ? (
            <section aria-labelledby={scoped("followups-cards")}>
              <Text as="h2" block id={scoped("followups-cards")} size={500} weight="semibold">{t("followups.cards")}</Text>
              <Text as="p">{t("followups.cardsHint")}</Text>
              <ul className={styles.list}>
                {mine.data.circles.map((c) => (
                  <li key={c.circleId}>
                    <Switch
                      label={t("followups.cardsOn", { circle: c.name })}
                      checked={!c.cardsPaused}
                      disabled={pause.isPending}
                      onChange={(_, d) => pause.mutate({ circleId: c.circleId, paused: !d.checked })}
                    />
                  </li>
                ))}
              </ul>
              {pause.isError ? <ErrorView error={pause.error} /> : null}
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
