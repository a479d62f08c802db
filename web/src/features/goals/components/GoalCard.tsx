import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/catalog";
import type { GoalLine } from "../api/types";
import { TrajectoryChart } from "./TrajectoryChart";
import { LEVELS, levelLabel } from "./levels";

const useStyles = makeStyles({
  goal: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  levels: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One goal: whose, its kind and who sees it, its five levels, its trajectory, and the commitments made for it. */
export function GoalCard({ line }: { line: GoalLine }) {
  const styles = useStyles();
  const { t } = useI18n();
  const g = line.goal;
  return (
    <article className={styles.goal} aria-label={g.title}>
      <Text size={200}>{line.mine ? t("goals.mine") : t("goals.theirs", { name: line.authorName })} · {t(`goals.kind.${g.kind}` as MessageKey)}
        {" · "}{t(g.sharing === "circle" ? "goals.shared" : "goals.private")}{g.weight !== 1 ? ` · ${t("goals.weight", { weight: g.weight })}` : ""}</Text>
      <Text as="h4" block weight="semibold">{g.title}</Text>
      <ul className={styles.levels}>
        {LEVELS.map((level, i) => <li key={level}><Text><Text weight="semibold">{t(levelLabel(level))}</Text> — {g.levels[i]}</Text></li>)}
      </ul>
      <TrajectoryChart title={g.title} points={line.trajectory} />
      <Text>{t("goals.served", { made: line.commitmentsMade, kept: line.commitmentsKept })}</Text>
    </article>
  );
}
