import { Button, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";
import { Pill } from "../../../components/Pill";
import { ErrorView, Loading } from "../../../components/StateViews";
import { formatDay } from "../../../lib/dates";
import { useCohortView, useProposeGroups } from "../api/queries";
import type { CircleActivity } from "../api/types";
import { useMatchingStyles } from "./styles";
import { ProgrammeToggle } from "./ProgrammeToggle";
import { useScopedIds } from "../../../components/useScopedIds";

/** One cohort as its coordinator sees it: people (mentor? group?), groups being formed, circles' activity — never texts. */
export function CohortPanel({ cohortId, locale }: { cohortId: string; locale: string }) {
  const scoped = useScopedIds();
  const styles = useMatchingStyles();
  const { t } = useI18n();
  const view = useCohortView(cohortId);
  const propose = useProposeGroups();
  const yesNo = (value: boolean) => t(value ? "matching.cohorts.yes" : "matching.cohorts.no");

  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorView error={view.error} onRetry={() => view.refetch()} />;
  const { cohort, members, forming, circles, figures, fewerThan } = view.data;
  // A figure about fewer than five people is not shown: the API sends null, the page says "fewer than 5".
  const figure = (n: number | null | undefined) => (n == null ? t("matching.cohorts.fewerThan", { count: fewerThan }) : String(n));
  const names = (ids: readonly string[]) => ids.map((id) => members.find((m) => m.personId === id)?.displayName ?? id).join(", ");

  // Attendance Teams proved, as counts only and under the same five-people rule as the commitments.
  const attendance = (c: CircleActivity) => {
    const reported = c.sessionsWithTeamsReport ?? 0;
    if (reported === 0) return t("matching.cohorts.attendanceNone");
    if (c.attendancesPerTeams == null) return t("matching.cohorts.attendanceFew", { count: fewerThan });
    return t("matching.cohorts.attendance", { attended: c.attendancesPerTeams, reported });
  };

  const circle = (c: CircleActivity) => (
    <li key={c.circleId}>
      <div role="group" className={styles.card} aria-labelledby={`activity-${c.circleId}`}>
        <div className={styles.title}>
          <Text as="h4" id={`activity-${c.circleId}`} weight="semibold">{c.name}</Text>
          {c.stoppedMeeting ? <Pill tone="warning">{t("matching.cohorts.stopped")}</Pill> : null}
          {c.commitmentsMostlyDropped ? <Pill tone="warning">{t("matching.cohorts.dropped")}</Pill> : null}
        </div>
        <Text>{c.members.join(", ")}</Text>
        <Text>{c.commitmentsMade == null
          ? t("matching.cohorts.activityFew", { held: c.sessionsHeld, count: fewerThan })
          : t("matching.cohorts.activity", { held: c.sessionsHeld, made: c.commitmentsMade, done: figure(c.commitmentsDone), dropped: figure(c.commitmentsDropped) })}</Text>
        <Text>{attendance(c)}</Text>
        <Text>{c.lastSession ? t("matching.cohorts.last", { date: formatDay(c.lastSession, locale) }) : t("matching.cohorts.never")}</Text>
      </div>
    </li>
  );

  return (
    <section className={styles.part} aria-labelledby={scoped("cohort-view")}>
      <Text as="h2" id={scoped("cohort-view")} block size={500} weight="semibold">{cohort.name}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={propose.isPending} onClick={() => propose.mutate(cohort.id)}>{t("matching.cohorts.propose")}</Button>
      </div>
      <div role="status">
        {propose.data ? <Text block>{t("matching.cohorts.proposed", { count: propose.data.groups.length })}</Text> : null}
        {propose.data && propose.data.notVisible.length > 0 ? <Text block>{t("matching.cohorts.notVisible", { names: names(propose.data.notVisible) })}</Text> : null}
      </div>
      {propose.isError ? <ErrorView error={propose.error} /> : null}

      <ProgrammeToggle cohortId={cohort.id} locale={locale} fewerThan={fewerThan} />

      <Text as="h3" block weight="semibold" size={400}>{t("matching.cohorts.members")}</Text>
      <Text as="p">{t("matching.cohorts.figures", { accepted: figure(figures.accepted), invited: figure(figures.invited) })}</Text>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("matching.cohorts.person")}</th>
            <th scope="col">{t("matching.cohorts.inGroup")}</th>
            <th scope="col">{t("matching.cohorts.visible")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.personId}>
              <th scope="row">{m.displayName}</th>
              <td>{yesNo(m.inGroup)}</td>
              <td>{yesNo(m.visibleAsPeer)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Text as="h3" block weight="semibold" size={400}>{t("matching.cohorts.forming")}</Text>
      {forming.length === 0 ? <Text as="p">{t("matching.groups.none")}</Text> : (
        <ul className={styles.list}>
          {forming.map((g) => (
            <li key={g.id} className={styles.card}>
              <Text weight="semibold">{g.name}</Text>
              <Text>{t("matching.groups.members", { names: g.members.map((m) => m.displayName).join(", ") })}</Text>
              <Text>{t("matching.groups.waiting", { accepted: g.members.filter((m) => m.answer === "accepted").length, count: g.members.length })}</Text>
            </li>
          ))}
        </ul>
      )}

      <Text as="h3" block weight="semibold" size={400}>{t("matching.cohorts.circles")}</Text>
      {circles.length === 0 ? <Text as="p">{t("matching.cohorts.noCircles")}</Text> : <ul className={styles.list}>{circles.map(circle)}</ul>}
    </section>
  );
}
