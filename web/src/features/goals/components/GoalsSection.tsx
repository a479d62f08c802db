import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionProps } from "../../personal/sections";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useScopedIds } from "../../../components/useScopedIds";
import { useMyCircles } from "../api/queries";
import { CircleGoals } from "./CircleGoals";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
});

/** "Objectifs": per circle I am in, my goals and those others shared, where I stand this month, and my T-score. */
export function GoalsSection(_: SectionProps) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const circles = useMyCircles();
  const open = (circles.data ?? []).filter((c) => c.status !== "closed");

  return (
    <section className={styles.section} aria-labelledby={scoped("goals-heading")}>
      <Text as="h2" block id={scoped("goals-heading")} size={500} weight="semibold">{t("goals.heading")}</Text>
      <Text>{t("goals.intro")}</Text>
      {circles.isPending ? <Loading /> : null}
      {circles.isError ? <ErrorView error={circles.error} onRetry={() => circles.refetch()} /> : null}
      {circles.data && open.length === 0 ? <Text>{t("goals.noCircle")}</Text> : null}
      <ul className={styles.list}>
        {open.map((c) => <li key={c.id}><CircleGoals circleId={c.id} circleName={c.name} /></li>)}
      </ul>
    </section>
  );
}
