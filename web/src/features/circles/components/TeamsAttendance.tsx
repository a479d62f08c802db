import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { useScopedIds } from "../../../components/useScopedIds";
import type { CircleProgress } from "../api/progress";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * Per circle, what Teams proved of my attendance (issue 24.3): the held sessions whose attendance report shows me, out of
 * those that have one, and how many held sessions have none (their meeting was not started in Teams), where my own answer
 * to the follow-up card is what counts. Plain text in the theme's foreground colours: readable in light, dark and contrast.
 */
export function TeamsAttendance({ circles }: { circles: CircleProgress[] }) {
  const scoped = useScopedIds();
  const styles = useStyles();
  const { t } = useI18n();
  const held = circles.filter((c) => c.sessionsHeld > 0);
  return (
    <section aria-labelledby={scoped("progress-attendance")}>
      <Text as="h3" block id={scoped("progress-attendance")} weight="semibold">{t("progress.attendance.heading")}</Text>
      {held.length === 0 ? <Text>{t("progress.attendance.none")}</Text> : (
        <ul className={styles.list}>
          {held.map((c) => {
            const reported = c.sessionsWithTeamsReport ?? 0;
            const attended = c.members[0]?.attendedPerTeams ?? 0;
            const missing = c.sessionsHeld - reported;
            return (
              <li key={c.circleId}>
                {reported > 0 ? <Text block>{t("progress.attendance.reported", { circle: c.circleName, attended, reported })}</Text> : null}
                {missing > 0 ? <Text block>{t("progress.attendance.noReport", { circle: c.circleName, count: missing })}</Text> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
