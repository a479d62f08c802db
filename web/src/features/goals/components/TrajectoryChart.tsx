import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import type { GoalPoint } from "../api/types";

// WCAG 1.4.11 (non-text contrast), as the progress chart: each column is a foreground colour of the theme drawn on the page
// (never on a tinted track), so it keeps 3:1 against its surroundings in Teams' light, dark and high-contrast themes.
const useStyles = makeStyles({
  figure: { margin: 0 },
  months: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, listStyle: "none", margin: 0, padding: 0, overflowX: "auto" },
  month: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalXXS, minWidth: "48px" },
  column: { width: "18px", borderRadius: `${tokens.borderRadiusSmall} ${tokens.borderRadiusSmall} 0 0` },
  placed: { backgroundColor: tokens.colorBrandForeground1 },
  baseline: { backgroundColor: tokens.colorNeutralForeground3 },
});

/** Pixels per level: −2 is one step high, +2 five, so every level, −2 included, has a visible column. */
const STEP = 14;

/** A goal's trajectory: its baseline, then one column per month placed, each with its level in words for screen readers. */
export function TrajectoryChart({ title, points }: { title: string; points: GoalPoint[] }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const label = (month: string) => {
    const [year = 1970, m = 1] = month.split("-").map(Number);
    return monthName.format(new Date(Date.UTC(year, m - 1, 15)));
  };
  const signed = (level: number) => (level > 0 ? `+${level}` : `${level}`.replace("-", "−"));
  return (
    <figure data-chart="" className={styles.figure} aria-label={t("goals.chart.caption", { title })}>
      <ul className={styles.months}>
        {points.map((p, i) => (
          <li key={`${p.month}-${i}`}>
            <div className={styles.month} role="img"
              aria-label={t(p.baseline ? "goals.chart.baseline" : "goals.chart.point", { month: label(p.month), level: signed(p.level) })}>
              <Text size={100} aria-hidden="true">{signed(p.level)}</Text>
              <div aria-hidden="true" className={mergeClasses(styles.column, p.baseline ? styles.baseline : styles.placed)} style={{ height: `${(p.level + 3) * STEP}px` }} />
              <Text size={200} aria-hidden="true">{label(p.month)}</Text>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
