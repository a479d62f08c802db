import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import { ErrorView, Loading } from "../../../components/StateViews";
import { Notice } from "../../../components/Notice";
import { useScopedIds } from "../../../components/useScopedIds";
import { formatDay } from "../../../lib/dates";
import { useAnswerInactivity, useInactivity } from "../api/queries";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A circle with no session held for three cadences: start again, pause or close; one answer decides for the circle, and
 * without one it closes on the date shown. */
export function InactivityCard({ circleId }: { circleId: string }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const view = useInactivity(circleId);
  const answer = useAnswerInactivity(circleId);
  const headingId = scoped(`inactivity-${circleId}`);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const flag = view.data;
  if (!flag.flagged) {
    return answer.isSuccess && flag.choice ? <Text block role="status">{t(`relationship.inactivity.chosen.${flag.choice}` as MessageKey)}</Text> : null;
  }

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <Text as="h4" block id={headingId} weight="semibold">{t("relationship.inactivity.heading")}</Text>
      <Notice intent="warning" role="status">{t("relationship.inactivity.flag", { date: flag.closesAt ? formatDay(flag.closesAt, locale) : "" })}</Notice>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={answer.isPending} onClick={() => answer.mutate("restart")}>{t("relationship.inactivity.restart")}</Button>
        <Button disabled={answer.isPending} onClick={() => answer.mutate("pause")}>{t("relationship.inactivity.pause")}</Button>
        <Button disabled={answer.isPending} onClick={() => answer.mutate("close")}>{t("relationship.inactivity.close")}</Button>
      </div>
      {answer.isError ? <ErrorView error={answer.error} /> : null}
    </div>
  );
}
