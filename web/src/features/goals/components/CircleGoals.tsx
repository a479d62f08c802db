import { useState } from "react";
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { useGoals } from "../api/queries";
import { GoalCard } from "./GoalCard";
import { GoalForm } from "./GoalForm";
import { PlacementForm } from "./PlacementForm";

const MaxGoals = 3;

const useStyles = makeStyles({
  circle: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  goals: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** One circle's goals: the cards, my T-score in one sentence, where I stand this month, and adding a goal (3 at most). */
export function CircleGoals({ circleId, circleName }: { circleId: string; circleName: string }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const view = useGoals(circleId);
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const headingId = scoped(`goals-circle-${circleId}`);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const mine = view.data.goals.filter((g) => g.mine);
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  return (
    <Card className={styles.circle} aria-labelledby={headingId}>
      <Text as="h3" block id={headingId} size={400} weight="semibold">{circleName}</Text>
      {view.data.goals.length === 0 ? <Text>{t("goals.none")}</Text> : (
        <ul className={styles.goals}>
          {view.data.goals.map((line) => <li key={line.goal.id}><GoalCard line={line} /></li>)}
        </ul>
      )}
      {/* The API leaves null fields out of its JSON: absent reads as undefined, not null. */}
      {typeof view.data.tScoreStart === "number" && typeof view.data.tScoreNow === "number" ? (
        <Text>
          {t("goals.tscore", { start: score.format(view.data.tScoreStart), now: score.format(view.data.tScoreNow) })} {t("goals.tscoreExplained")}
        </Text>
      ) : null}
      {mine.length > 0 && (!view.data.placedThisMonth || correcting) ? (
        <PlacementForm circleId={circleId} goals={mine} onDone={() => setCorrecting(false)} />
      ) : null}
      {mine.length > 0 && view.data.placedThisMonth && !correcting ? (
        <div>
          <Text block>{t("goals.place.done")}</Text>
          <Button onClick={() => setCorrecting(true)}>{t("goals.place.change")}</Button>
        </div>
      ) : null}
      {adding ? <GoalForm circleId={circleId} onDone={() => setAdding(false)} /> : null}
      {!adding && mine.length < MaxGoals ? <div><Button appearance="primary" onClick={() => setAdding(true)}>{t("goals.add")}</Button></div> : null}
      {mine.length >= MaxGoals ? <Text>{t("goals.add.full")}</Text> : null}
    </Card>
  );
}
