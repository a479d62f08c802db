import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQueries } from "@tanstack/react-query";
import { useI18n } from "../../../i18n/i18n";
import { sessionsQuery } from "../api/queries";
import type { CircleSummary } from "../api/types";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(120px, 1fr) 3fr", alignItems: "center", gap: tokens.spacingHorizontalM },
  track: { display: "flex", height: "16px", borderRadius: tokens.borderRadiusMedium, overflow: "hidden", backgroundColor: tokens.colorNeutralBackground4 },
  past: { backgroundColor: tokens.colorBrandBackground },
  upcoming: { backgroundColor: tokens.colorBrandBackground2, borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
  legend: { display: "flex", gap: tokens.spacingHorizontalL },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
});

/** Sessions held and to come per circle, as bars a person reads at a glance; the caption says the same in words. */
export function ProgressChart({ circles }: { circles: CircleSummary[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const results = useQueries({
    queries: circles.map((c) => sessionsQuery(c.id)),
  });
  const rows = circles.map((c, i) => {
    const sessions = results[i]?.data?.sessions ?? [];
    const past = sessions.filter((s) => s.state !== "cancelled" && Date.parse(s.end) <= Date.now()).length;
    const upcoming = sessions.filter((s) => s.state === "upcoming" && Date.parse(s.end) > Date.now()).length;
    return { circle: c, past, upcoming };
  });
  const max = Math.max(1, ...rows.map((r) => r.past + r.upcoming));

  return (
    <section aria-labelledby="progress-heading">
      <Text as="h2" block id="progress-heading" size={500} weight="semibold">{t("circles.progress.heading")}</Text>
      <figure className={styles.figure}>
        <div className={styles.legend} aria-hidden="true">
          <Text><span className={`${styles.swatch} ${styles.past}`} />{t("circles.progress.sessions")}</Text>
          <Text><span className={`${styles.swatch} ${styles.upcoming}`} />{t("circles.progress.upcoming")}</Text>
        </div>
        {rows.map(({ circle, past, upcoming }) => {
          const caption = t("circles.progress.caption", { circle: circle.name, past, upcoming });
          return (
            <div key={circle.id} className={styles.row} role="img" aria-label={caption}>
              <Text truncate wrap={false} title={circle.name}>{circle.name}</Text>
              <div className={styles.track}>
                <div className={styles.past} style={{ width: `${(100 * past) / max}%` }} />
                <div className={styles.upcoming} style={{ width: `${(100 * upcoming) / max}%` }} />
              </div>
            </div>
          );
        })}
      </figure>
    </section>
  );
}
