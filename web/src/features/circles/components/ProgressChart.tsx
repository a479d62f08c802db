import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { ErrorView, Loading } from "../../../components/StateViews";
import { useMyProgress, type CircleProgress, type ProgressMonth } from "../api/progress";
import { useScopedIds } from "../../../components/useScopedIds";
import { TeamsAttendance } from "./TeamsAttendance";

// WCAG 1.4.11 (non-text contrast): each bar is 3:1 against what surrounds it, the page, in Teams' three themes. Bars are
// therefore never drawn over a tinted track or over each other (light brand on grey was 1.03:1, and high contrast's brand
// backgrounds are black on black): each series is its own bar on the page, in a foreground colour of the theme.
const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(120px, 1fr) 3fr", alignItems: "center", gap: tokens.spacingHorizontalM },
  pair: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { height: "8px", borderRadius: tokens.borderRadiusSmall },
  held: { backgroundColor: tokens.colorNeutralForeground3 },
  prepared: { backgroundColor: tokens.colorBrandForeground1 },
  legend: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  months: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, minHeight: "120px", listStyle: "none", margin: 0, padding: 0 },
  month: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalXS, width: "56px" },
  bars: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXXS, height: "112px" },
  bar: { display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "flex-end", gap: tokens.spacingVerticalXXS },
  column: { width: "18px", minHeight: "2px", borderRadius: `${tokens.borderRadiusSmall} ${tokens.borderRadiusSmall} 0 0` },
});

/** Months shown at most: the last half-year reads at a glance. */
const MONTHS = 6;

/**
 * My progress as the API computes it (GET /api/me/progress): per circle, the sessions held and those I prepared; across
 * my circles, my commitments made and kept month by month. Each bar has its figures in words for screen readers.
 */
export function ProgressChart() {
  const scoped = useScopedIds();
  const { t } = useI18n();
  const progress = useMyProgress();

  return (
    <section aria-labelledby={scoped("progress-heading")}>
      <Text as="h2" block id={scoped("progress-heading")} size={500} weight="semibold">{t("progress.heading")}</Text>
      {progress.isPending ? <Loading /> : null}
      {progress.isError ? <ErrorView error={progress.error} onRetry={() => progress.refetch()} /> : null}
      {progress.data ? (
        <>
          <Sessions circles={progress.data} />
          <TeamsAttendance circles={progress.data} />
          <Commitments circles={progress.data} />
        </>
      ) : null}
    </section>
  );
}

/** Per circle: sessions held since I joined, and how many of them I prepared (added to their agenda). */
function Sessions({ circles }: { circles: CircleProgress[] }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const rows = circles.map((c) => ({ id: c.circleId, name: c.circleName, held: c.members[0]?.sessionsHeld ?? c.sessionsHeld, prepared: c.members[0]?.sessionsPrepared ?? 0 }));
  const max = Math.max(1, ...rows.map((r) => r.held));
  return (
    <figure data-chart="" className={styles.figure} aria-labelledby={scoped("progress-sessions")}>
      <Text as="h3" block id={scoped("progress-sessions")} weight="semibold">{t("progress.sessions.heading")}</Text>
      <div className={styles.legend} aria-hidden="true">
        <Text><span className={mergeClasses(styles.swatch, styles.held)} />{t("progress.sessions.held")}</Text>
        <Text><span className={mergeClasses(styles.swatch, styles.prepared)} />{t("progress.sessions.prepared")}</Text>
      </div>
      {rows.map((r) => (
        <div key={r.id} className={styles.row} role="img" aria-label={t("progress.sessions.caption", { circle: r.name, held: r.held, prepared: r.prepared })}>
          <Text truncate wrap={false} title={r.name}>{r.name}</Text>
          <div className={styles.pair}>
            <div className={mergeClasses(styles.line, styles.held)} style={{ width: `${(100 * r.held) / max}%` }} />
            <div className={mergeClasses(styles.line, styles.prepared)} style={{ width: `${(100 * Math.min(r.prepared, r.held)) / max}%` }} />
          </div>
        </div>
      ))}
    </figure>
  );
}

/** Across my circles: commitments made (in the month I made them) and kept (in the month I closed them). */
function Commitments({ circles }: { circles: CircleProgress[] }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t, locale } = useI18n();
  const mine = circles.flatMap((c) => c.members.slice(0, 1));
  const total = mine.reduce((a, m) => ({ made: a.made + m.commitmentsMade, kept: a.kept + m.kept, open: a.open + m.open }), { made: 0, kept: 0, open: 0 });
  const months = byMonth(mine.flatMap((m) => m.byMonth)).slice(-MONTHS);
  const max = Math.max(1, ...months.map((m) => Math.max(m.made, m.kept)));
  const name = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <figure data-chart="" className={styles.figure} aria-labelledby={scoped("progress-kept")}>
      <Text as="h3" block id={scoped("progress-kept")} weight="semibold">{t("progress.kept.heading")}</Text>
      {total.made === 0 ? <Text>{t("progress.kept.none")}</Text> : (
        <>
          <Text>{t("progress.kept.summary", total)}</Text>
          <div className={styles.legend} aria-hidden="true">
            <Text><span className={mergeClasses(styles.swatch, styles.held)} />{t("progress.kept.made")}</Text>
            <Text><span className={mergeClasses(styles.swatch, styles.prepared)} />{t("progress.kept.kept")}</Text>
          </div>
          <ul className={styles.months}>
            {months.map((m) => {
              const label = name.format(new Date(Date.UTC(m.year, m.month - 1, 15)));
              return (
                <li key={`${m.year}-${m.month}`}>
                  <div className={styles.month} role="img"
                    aria-label={t("progress.kept.caption", { month: label, made: m.made, kept: m.kept, dropped: m.dropped })}>
                    <div className={styles.bars} aria-hidden="true">
                      <Bar value={m.made} max={max} tone={styles.held} />
                      <Bar value={m.kept} max={max} tone={styles.prepared} />
                    </div>
                    <Text size={200}>{label}</Text>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </figure>
  );
}

/** The months of all my circles added up, oldest first. */
function byMonth(months: ProgressMonth[]): ProgressMonth[] {
  const sum = new Map<number, ProgressMonth>();
  for (const m of months) {
    const key = m.year * 12 + m.month;
    const s = sum.get(key) ?? { year: m.year, month: m.month, made: 0, kept: 0, dropped: 0 };
    sum.set(key, { ...s, made: s.made + m.made, kept: s.kept + m.kept, dropped: s.dropped + m.dropped });
  }
  return [...sum.entries()].sort(([a], [b]) => a - b).map(([, m]) => m);
}

/** One column of the month chart, its figure above it. */
function Bar({ value, max, tone }: { value: number; max: number; tone: string }) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Text size={100}>{value}</Text>
      <div className={mergeClasses(styles.column, tone)} style={{ height: `${(88 * value) / max}px` }} />
    </div>
  );
}
